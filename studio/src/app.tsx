import { ApiKeyForm } from './components/api-key-form.js';
import { AnalyticsPage } from './pages/analytics-page.js';
import { BatchesPage } from './pages/batches-page.js';
import { EditorPage } from './pages/editor-page.js';
import { GalleryPage } from './pages/gallery-page.js';
import { PublishPage } from './pages/publish-page.js';
import { RendersPage } from './pages/renders-page.js';
import { type Route, useHashRoute } from './use-hash-route.js';

const links = [
	{ href: '#/', label: 'Templates', page: 'gallery' },
	{ href: '#/renders', label: 'Renders', page: 'renders' },
	{ href: '#/batches', label: 'Batches', page: 'batches' },
	{ href: '#/publish', label: 'Publish', page: 'publish' },
	{ href: '#/analytics', label: 'Analytics', page: 'analytics' },
] as const;

const PageOf = ({ route }: { route: Route }) => {
	switch (route.page) {
		case 'gallery':
			return <GalleryPage />;
		case 'editor':
			// Keyed so that opening another template starts from its own sample props.
			return <EditorPage key={route.templateId} templateId={route.templateId} />;
		case 'renders':
			return <RendersPage />;
		case 'batches':
			return <BatchesPage />;
		case 'publish':
			return <PublishPage params={route.params} />;
		case 'analytics':
			return <AnalyticsPage />;
		case 'not-found':
			return (
				<p>
					Nothing at <code>{route.hash}</code>. <a href="#/">Back to the templates</a>
				</p>
			);
	}
};

export const App = () => {
	const route = useHashRoute();
	const current = route.page === 'editor' ? 'gallery' : route.page;
	return (
		<>
			{/* A button, not a #main link: the hash is the route. */}
			<button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
				Skip to content
			</button>
			<header className="top-bar">
				<span className="brand">Reelforge Studio</span>
				<nav aria-label="Main">
					<ul>
						{links.map((link) => (
							<li key={link.page}>
								<a href={link.href} aria-current={current === link.page ? 'page' : undefined}>
									{link.label}
								</a>
							</li>
						))}
					</ul>
				</nav>
				<ApiKeyForm />
			</header>
			<main id="main" tabIndex={-1}>
				<PageOf route={route} />
			</main>
		</>
	);
};
