import { type AutoChoiceFacts, type RenderBackendDeclaration, type RenderBackendId, renderBackendIds, renderBackends } from '../contracts/render-backends.js';

export type RequestedBackend = RenderBackendId | 'auto';

/** The backend asked for cannot be used here; `message` says why and names the setting. */
export class BackendUnavailableError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackendUnavailableError';
	}
}

/**
 * Where one render runs. An explicit choice is kept (and one this deployment cannot use is an error, not a quiet
 * fallback); `local` with `output.chunks` above 1 is the chunked backend, as it always was. `auto` asks each backend
 * whether it wants the render (Lambda when the local queue is deep or the video long), else renders locally.
 */
export const chooseRenderBackend = ({ requested, chunks, ...facts }: AutoChoiceFacts & { requested: RequestedBackend; chunks: number }): RenderBackendId => {
	const pick = (backend: RenderBackendId): RenderBackendId => (backend === 'local' && chunks > 1 ? 'chunked' : backend);
	if (requested !== 'auto') {
		const reason = renderBackends[requested].unavailableBecause(facts.config);
		if (reason) throw new BackendUnavailableError(`"backend": ${requested} was requested, but ${reason}`);
		if (requested === 'chunked' && chunks < 2) throw new BackendUnavailableError('"output.chunks" must be 2 or more for backend chunked');
		return pick(requested);
	}
	const wanted = renderBackendIds.find((id) => {
		const declaration: RenderBackendDeclaration = renderBackends[id];
		return declaration.autoPicksWhen?.(facts) === true;
	});
	return pick(wanted ?? 'local');
};
