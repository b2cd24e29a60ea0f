/** A public post's page; null without the creator's @handle, which the link needs. */
export const tiktokPostUrlOf = (username: string | null, postId: string): string | null =>
	username ? `https://www.tiktok.com/@${username}/video/${postId}` : null;
