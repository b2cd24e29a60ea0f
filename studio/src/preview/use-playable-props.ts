import { useEffect, useMemo, useState } from 'react';
import { useStudio } from '../api/studio-context.js';
import { playableProps, storageSrcsOf } from './playable-props.js';

/** `props` with their storage media as signed links the Player can load; null until the links are known. */
export const usePlayableProps = <T>(props: T | null): T | null => {
	const { client } = useStudio();
	const [links, setLinks] = useState<Record<string, string | null>>({});
	const missing = useMemo(() => (props ? storageSrcsOf(props).filter((src) => !(src in links)) : []), [props, links]);
	const wanted = missing.join('\n');
	useEffect(() => {
		if (wanted === '') return;
		let live = true;
		client.access.links.mutate({ srcs: wanted.split('\n') }).then(
			(answer) => live && setLinks((known) => ({ ...known, ...answer.links })),
			// Unreadable media stays unplayable (the Player shows it missing) instead of asking again on every render.
			() => live && setLinks((known) => ({ ...known, ...Object.fromEntries(wanted.split('\n').map((src) => [src, null])) })),
		);
		return () => {
			live = false;
		};
	}, [client, wanted]);
	return props && missing.length === 0 ? playableProps(props, links) : null;
};
