import type React from 'react';
import type { ComponentType } from 'react';
import { useState } from 'react';
import { AbsoluteFill, continueRender, delayRender, Img, OffthreadVideo, Sequence, useVideoConfig } from 'remotion';
import { useCaptionFont } from '../captions/use-caption-font.js';
import { TextCard } from '../shared/TextCard.js';
import { type Brand, bookendFramesOf } from './brand-schema.js';

const BRAND_FONT_FAMILY = 'Reelforge Brand';

/** Loads the brand's uploaded font once (holding the frame until it is ready); its family, or null without one. */
const useBrandFontFile = (src: string | undefined): string | null => {
	useState(() => {
		if (!src) return null;
		const handle = delayRender(`Loading brand font ${src}`);
		new FontFace(BRAND_FONT_FAMILY, `url(${JSON.stringify(src)})`)
			.load()
			.then((face) => document.fonts.add(face))
			// A font that does not load leaves the shipped font in place rather than failing the render.
			.catch(() => undefined)
			.finally(() => continueRender(handle));
		return handle;
	});
	return src ? BRAND_FONT_FAMILY : null;
};

const cornerStyle = (position: string, brand: Brand, width: number, height: number): React.CSSProperties => ({
	position: 'absolute',
	...(position.startsWith('top') ? { top: brand.safeZone.top * height } : { bottom: brand.safeZone.bottom * height }),
	...(position.endsWith('left') ? { left: brand.safeZone.left * width } : { right: brand.safeZone.right * width }),
});

const Bookend: React.FC<{ bookend: NonNullable<Brand['intro']>; brand: Brand; fontFamily: string; frames: number }> = ({
	bookend,
	brand,
	fontFamily,
	frames,
}) => {
	const { width, fps } = useVideoConfig();
	return (
		<AbsoluteFill style={{ backgroundColor: brand.colors.background, justifyContent: 'center', alignItems: 'center' }}>
			{bookend.clip ? (
				<OffthreadVideo
					src={bookend.clip.src}
					muted
					trimBefore={Math.round(bookend.clip.trimStartSeconds * fps)}
					style={{ width: '100%', height: '100%', objectFit: 'cover' }}
				/>
			) : bookend.text ? (
				<TextCard
					text={bookend.text}
					fontFamily={fontFamily}
					fontSizePx={Math.round(width * 0.08)}
					color={brand.colors.background}
					background={brand.colors.primary}
					durationInFrames={frames}
				/>
			) : null}
		</AbsoluteFill>
	);
};

/**
 * A template inside its brand: the intro, then the template on its own clock (it sees its own length), then the outro;
 * the logo and watermark over all of it, kept inside the brand's margins. Made once per template load.
 */
export const brandedComponentOf = (Inner: ComponentType<Record<string, unknown>>): ComponentType<Record<string, unknown>> => {
	const BrandFrame: React.FC<Record<string, unknown>> = (props) => {
		const brand = props.brand as Brand | undefined;
		return brand ? <Branded brand={brand} props={props} Inner={Inner} /> : <Inner {...props} />;
	};
	return BrandFrame;
};

const Branded: React.FC<{ brand: Brand; props: Record<string, unknown>; Inner: ComponentType<Record<string, unknown>> }> = ({ brand, props, Inner }) => {
	const { fps, durationInFrames, width, height } = useVideoConfig();
	const frames = bookendFramesOf(brand, fps);
	const shipped = useCaptionFont(brand.font, `${brand.intro?.text ?? ''} ${brand.outro?.text ?? ''} ${brand.watermark?.text ?? ''}`);
	const uploaded = useBrandFontFile(brand.fontFile?.src);
	const fontFamily = uploaded ? `'${uploaded}', ${shipped.fontFamily}` : shipped.fontFamily;
	const innerFrames = Math.max(1, durationInFrames - frames.intro - frames.outro);
	return (
		<AbsoluteFill style={{ backgroundColor: brand.colors.background }}>
			{brand.intro ? (
				<Sequence durationInFrames={frames.intro} name="Brand intro">
					<Bookend bookend={brand.intro} brand={brand} fontFamily={fontFamily} frames={frames.intro} />
				</Sequence>
			) : null}
			<Sequence from={frames.intro} durationInFrames={innerFrames} name="Template">
				<Inner {...props} />
			</Sequence>
			{brand.outro ? (
				<Sequence from={frames.intro + innerFrames} durationInFrames={frames.outro} name="Brand outro">
					<Bookend bookend={brand.outro} brand={brand} fontFamily={fontFamily} frames={frames.outro} />
				</Sequence>
			) : null}
			{brand.logo ? (
				<Img
					src={brand.logo.src}
					style={{ ...cornerStyle(brand.logo.position, brand, width, height), width: Math.round(brand.logo.widthShare * width), opacity: brand.logo.opacity }}
				/>
			) : null}
			{brand.watermark ? (
				<div
					style={{
						...cornerStyle(brand.watermark.position, brand, width, height),
						fontFamily,
						fontWeight: 700,
						fontSize: Math.round(width * 0.035),
						color: brand.colors.text,
						opacity: brand.watermark.opacity,
						textShadow: '0 2px 8px rgba(0,0,0,0.5)',
					}}
				>
					{brand.watermark.text}
				</div>
			) : null}
		</AbsoluteFill>
	);
};
