import { createContext, useContext, useMemo, useState } from 'react';
import { createStudioClient, type StudioClient } from './create-studio-client.js';

const API_KEY_STORAGE = 'reelforge.apiKey';

type Studio = { client: StudioClient; apiKey: string | null; setApiKey: (key: string | null) => void };

const StudioContext = createContext<Studio | null>(null);

/** Holds the API key (entered once, kept in localStorage) and the client that sends it. */
export const StudioProvider = ({ children }: { children: React.ReactNode }) => {
	const [apiKey, setStoredKey] = useState<string | null>(() => window.localStorage.getItem(API_KEY_STORAGE));
	const value = useMemo<Studio>(
		() => ({
			client: createStudioClient(apiKey),
			apiKey,
			setApiKey: (key) => {
				if (key) window.localStorage.setItem(API_KEY_STORAGE, key);
				else window.localStorage.removeItem(API_KEY_STORAGE);
				setStoredKey(key);
			},
		}),
		[apiKey],
	);
	return <StudioContext.Provider value={value}>{children}</StudioContext.Provider>;
};

export const useStudio = (): Studio => {
	const studio = useContext(StudioContext);
	if (!studio) throw new Error('useStudio needs a StudioProvider above it');
	return studio;
};
