import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioProvider } from './api/studio-context.js';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
	<StrictMode>
		<StudioProvider>
			<App />
		</StudioProvider>
	</StrictMode>,
);
