import { safeZoneOf } from '../../../compositions/shared/safe-zone.js';
import type { VideoFormat } from '../../../compositions/shared/video-format.js';

/** Shades what platform UI covers in this format, so text can be kept clear of it. */
export const SafeZoneOverlay = ({ format }: { format: VideoFormat }) => {
	const zone = safeZoneOf(format);
	return (
		<div className="safe-zone" aria-hidden="true">
			<div
				className="safe-zone-inner"
				style={{ top: `${zone.top * 100}%`, right: `${zone.right * 100}%`, bottom: `${zone.bottom * 100}%`, left: `${zone.left * 100}%` }}
			/>
		</div>
	);
};
