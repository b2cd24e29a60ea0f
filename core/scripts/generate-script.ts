import { z } from 'zod';
import { type Script, scriptSchema } from './script-schema.js';

export const scriptRequestSchema = z.object({
	topic: z.string().trim().min(1).max(2000),
	clipDescriptions: z.array(z.string().trim().min(1).max(500)).max(50),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language code such as en or en-US')
		.default('en'),
	beats: z.number().int().min(1).max(50).optional(),
});
export type ScriptRequest = z.input<typeof scriptRequestSchema>;

export type ChatModel = {
	/** OpenAI-compatible API root, such as https://api.openai.com/v1 or https://api.groq.com/openai/v1. */
	baseUrl: string;
	apiKey: string;
	model: string;
	fetch?: typeof fetch;
};

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

const SYSTEM_PROMPT = `You write scripts for short vertical videos (TikTok, Reels, Shorts) that are read aloud by a voice over stock clips.
Answer with one JSON object and nothing else, shaped like this:
{
  "title": "optional, at most 200 characters",
  "language": "language code of the script, such as en or pt-BR",
  "hook": "the first line, spoken over the opening; at most 500 characters; it must make the viewer stay",
  "beats": [{ "text": "one spoken sentence or two, at most 1000 characters", "clipHint": "optional: which of the given clips fits this beat, at most 300 characters" }],
  "callToAction": "the closing line, at most 300 characters"
}
Mark the few words the voice and captions should stress by wrapping each in asterisks, like "This *one* habit doubled my views". Use asterisks for nothing else.
Write plain spoken sentences: no emojis, hashtags, stage directions or markdown.`;

const chatResponseSchema = z.object({
	choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }), finish_reason: z.string().nullish() })).min(1),
});
const apiErrorSchema = z.object({ error: z.object({ message: z.string() }) });

const userPrompt = (request: z.infer<typeof scriptRequestSchema>): string =>
	[
		`Topic: ${request.topic}`,
		`Language: ${request.language}`,
		request.beats ? `Beats: exactly ${request.beats}` : 'Beats: as many as the topic needs, usually 3 to 6',
		request.clipDescriptions.length > 0
			? `Clips available:\n${request.clipDescriptions.map((clip, index) => `${index + 1}. ${clip}`).join('\n')}`
			: 'No clips are given; leave clipHint out.',
	].join('\n');

/** The readable failure of an HTTP call; the key is never part of it, and 401 bodies are not echoed since some quote the key. */
const httpFailure = async (response: Response, host: string, apiKey: string): Promise<Error> => {
	if (response.status === 401 || response.status === 403) {
		return new Error(`The language model API at ${host} rejected the API key (HTTP ${response.status}): check LLM_API_KEY`);
	}
	const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
	const said = (parsed.success ? `: ${parsed.data.error.message}` : '').replaceAll(apiKey, '[redacted]');
	if (response.status === 429) {
		const retryAfter = response.headers.get('retry-after');
		return new Error(`The language model API at ${host} is rate limiting requests (HTTP 429)${retryAfter ? `; try again in ${retryAfter}s` : ''}${said}`);
	}
	if (response.status >= 500) return new Error(`The language model API at ${host} failed (HTTP ${response.status})${said}`);
	return new Error(`The language model API at ${host} refused the request (HTTP ${response.status})${said}`);
};

const problemsOf = (content: string | null, finishReason: string | null | undefined, language: string): { script: Script } | { problems: string } => {
	if (content === null) return { problems: 'the answer was empty' };
	let json: unknown;
	try {
		json = JSON.parse(content);
	} catch (error) {
		const truncated = finishReason === 'length' ? ' (the answer was cut off at the token limit)' : '';
		return { problems: `the answer is not valid JSON${truncated}: ${(error as Error).message}` };
	}
	// A model that leaves out the language wrote in the one it was asked for, not in the schema's default.
	const script = scriptSchema.safeParse(json !== null && typeof json === 'object' && !Array.isArray(json) ? { language, ...json } : json);
	if (script.success) return { script: script.data };
	return { problems: script.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') };
};

/**
 * Asks an OpenAI-compatible chat model (OpenAI, Groq, …) for a script. A malformed answer gets one more try with the
 * problems pointed out, since models usually fix what they are told; a second bad answer fails with those problems.
 */
export const generateScript = async (input: ScriptRequest, { baseUrl, apiKey, model, fetch: fetchFn = fetch }: ChatModel): Promise<Script> => {
	const request = scriptRequestSchema.parse(input);
	const url = `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
	const host = new URL(url).host;
	const messages: Message[] = [
		{ role: 'system', content: SYSTEM_PROMPT },
		{ role: 'user', content: userPrompt(request) },
	];
	let problems = '';
	for (let attempt = 1; attempt <= 2; attempt++) {
		let response: Response;
		try {
			response = await fetchFn(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
				body: JSON.stringify({ model, messages, response_format: { type: 'json_object' } }),
			});
		} catch (error) {
			// fetch keeps the useful part ("connect ECONNREFUSED …") in the cause.
			const cause = (error as Error).cause;
			throw new Error(`Could not reach the language model API at ${host}: ${cause instanceof Error ? cause.message : (error as Error).message}`);
		}
		if (!response.ok) throw await httpFailure(response, host, apiKey);
		const body = chatResponseSchema.safeParse(await response.json().catch(() => null));
		if (!body.success) throw new Error(`The language model API at ${host} answered with something that is not a chat completion`);
		const choice = body.data.choices[0];
		const content = choice?.message.content ?? null;
		const result = problemsOf(content, choice?.finish_reason, request.language);
		if ('script' in result) return result.script;
		problems = result.problems;
		messages.push(
			{ role: 'assistant', content: content ?? '' },
			{ role: 'user', content: `That answer cannot be used: ${problems}. Reply with the corrected JSON object only.` },
		);
	}
	throw new Error(`The language model (${model}) did not write a usable script in 2 attempts: ${problems}`);
};
