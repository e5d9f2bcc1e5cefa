/** "Add article": paste an article's text with its title, outlet, date and address. */
import { useState } from 'preact/hooks';
import type { ArticleInput } from '../engine/types';
import { UNNAMED_OUTLET } from './article-extract';

/** Props: `onAdd` adds the article and answers an error text, or undefined when it was added. */
export interface AddArticleFormProps {
  onAdd: (article: ArticleInput) => Promise<string | undefined>;
}

const EMPTY = { title: '', outlet: '', published: '', url: '', text: '' };

/** The paste form. Fields are kept when adding fails, so the reader can fix and retry. */
export function AddArticleForm({ onAdd }: AddArticleFormProps) {
  const [fields, setFields] = useState(EMPTY);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: fields[name],
    onInput: (e: Event) => setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement).value }),
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!fields.text.trim()) return setMessage('Paste the article text first.');
    const article: ArticleInput = {
      id: '',
      text: fields.text.trim(),
      title: fields.title.trim() || fields.text.trim().split('\n')[0].slice(0, 120),
      outlet: fields.outlet.trim() || UNNAMED_OUTLET,
    };
    if (fields.published) article.published = fields.published;
    if (fields.url.trim()) article.url = fields.url.trim();
    setBusy(true);
    const error = await onAdd(article);
    setBusy(false);
    if (error) setMessage(`Not added: ${error}`);
    else {
      setMessage(`Added “${article.title}”.`);
      setFields(EMPTY);
    }
  };

  return (
    <form class="lib-add" onSubmit={submit} aria-labelledby="lib-add-h">
      <h2 id="lib-add-h">Add an article</h2>
      <div class="lib-fields">
        <label>Title <input {...field('title')} /></label>
        <label>Outlet <input {...field('outlet')} placeholder="e.g. Reuters" /></label>
        <label>Date <input type="date" {...field('published')} /></label>
        <label>Address (URL) <input type="url" {...field('url')} placeholder="https://…" /></label>
      </div>
      <label class="lib-text">
        Article text <textarea rows={8} {...field('text')} />
      </label>
      <button type="submit" disabled={busy}>Add to library</button>
      <p class="lib-message" role="status">{message}</p>
    </form>
  );
}
