/**
 * A target refused when a publication is created (a bucket this workspace may not use, a schedule in the past), with
 * the API error code it answers; the server turns it into a TRPCError. Core code cannot throw TRPCError itself.
 */
export class TargetRefusedError extends Error {
	constructor(
		readonly code: 'BAD_REQUEST' | 'FORBIDDEN',
		message: string,
	) {
		super(message);
		this.name = 'TargetRefusedError';
	}
}
