/** An accessible progress bar: 0..1 in, whole percent shown and announced. */
export const ProgressBar = ({ value, label }: { value: number; label: string }) => {
	const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
	return (
		<div className="progress">
			<div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
				<div className="progress-fill" style={{ width: `${percent}%` }} />
			</div>
			<span className="progress-text">{percent} %</span>
		</div>
	);
};
