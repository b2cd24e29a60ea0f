import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice } from '../components/status-notices.js';
import { publishHashOf } from '../use-hash-route.js';

/** Picks the done render to publish; the choice lives in the URL (`#/publish?render=…`), so render pages can link straight to it. */
export const RenderPicker = ({ renderId }: { renderId: string }) => {
	const { client } = useStudio();
	const done = useApiQuery(() => client.renders.list.query({ status: 'done', limit: 50 }), [client]);
	const chosen = useApiQuery(() => (renderId ? client.renders.get.query({ id: renderId }) : Promise.resolve(null)), [client, renderId]);
	const listed = done.data?.items.some((render) => render.id === renderId) ?? false;
	return (
		<div className="render-picker">
			<div className="row">
				<label htmlFor="publish-render">Render</label>
				<select
					id="publish-render"
					value={renderId}
					onChange={(event) => window.location.assign(event.target.value ? publishHashOf(event.target.value) : '#/publish')}
				>
					<option value="">Pick a finished render…</option>
					{/* A render opened by link that is older than the list still shows as chosen. */}
					{renderId && !listed ? <option value={renderId}>{renderId}</option> : null}
					{done.data?.items.map((render) => (
						<option key={render.id} value={render.id}>
							{render.template} · {render.id.slice(0, 8)} · {new Date(render.createdAt).toLocaleString()}
						</option>
					))}
				</select>
				{chosen.data?.outputUrl ? (
					<a href={chosen.data.outputUrl} target="_blank" rel="noreferrer">
						Open video
					</a>
				) : null}
			</div>
			{done.error ? <ErrorNotice error={done.error} retry={done.reload} /> : null}
			{chosen.error ? <ErrorNotice error={chosen.error} /> : null}
			{chosen.data && chosen.data.status !== 'done' ? (
				<p className="error-notice" role="alert">
					Render <code>{chosen.data.id}</code> is {chosen.data.status}; only a done render can be published.
				</p>
			) : null}
		</div>
	);
};
