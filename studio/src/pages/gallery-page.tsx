import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';

/** Every template with its thumbnail (a still of its sample props) and what it is for. */
export const GalleryPage = () => {
	const { client } = useStudio();
	const templates = useApiQuery(() => client.templates.list.query().then((page) => page.items), [client]);
	return (
		<section aria-labelledby="gallery-title">
			<h1 id="gallery-title">Templates</h1>
			{templates.error ? <ErrorNotice error={templates.error} retry={templates.reload} /> : null}
			{templates.loading && !templates.data ? <Loading what="templates" /> : null}
			<ul className="gallery">
				{templates.data?.map((template) => (
					<li key={template.id} className="card">
						<a href={`#/templates/${template.id}`} className="card-link">
							<img src={template.thumbnailUrl} alt="" loading="lazy" width={180} height={320} />
							<h2>{template.title}</h2>
						</a>
						<p>{template.description}</p>
					</li>
				))}
			</ul>
		</section>
	);
};
