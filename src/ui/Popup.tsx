/** The popup: loads the tab's page state, lists its claims and runs the popup's actions. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messaging/protocol';
import { ClaimList } from './ClaimList';
import { ReadingPanel } from './ReadingPanel';
import { plural } from './format';
import { pageError, type PopupApi } from './popup-api';

/** The popup's whole body, against any PopupApi (real messaging or a test double). */
export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<PageState>({ status: 'loading', claims: [] });
  const [paused, setPaused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();

  const show = (result: Awaited<ReturnType<PopupApi['pageState']>>) => {
    const next = result.ok ? result.data : pageError(result.error);
    setState(next);
    if (next.status === 'paused') setPaused(true);
  };

  useEffect(() => {
    void api.pageState().then(show);
    if (api.host) void api.getPaused(api.host).then((r) => r.ok && setPaused(r.data.paused));
  }, [api]);

  const select = async (claimId: string) => {
    const result = await api.scrollTo(claimId);
    if (!result.ok) setNotice(`Could not scroll to the claim: ${result.error}`);
    else if (!result.data.found) setNotice('That claim is no longer on the page; reload the page to read it again.');
  };

  const addArticle = async () => {
    setBusy(true);
    setNotice('Reading the article…');
    try {
      const extracted = await api.extract();
      if (!extracted.ok) return setNotice(`Not added: ${extracted.error}`);
      const added = await api.addArticle(extracted.article);
      if (!added.ok) return setNotice(`Not added: ${added.error}`);
      const a = added.data.article;
      setNotice(`Added ${a.outlet}: “${a.title}” (${plural(a.claimCount, 'claim')}).`);
      show(await api.refresh());
    } finally {
      setBusy(false);
    }
  };

  const togglePause = async () => {
    if (!api.host) return;
    setBusy(true);
    try {
      const result = await api.setPaused(api.host, !paused);
      if (!result.ok) return setNotice(`Could not change the setting: ${result.error}`);
      setPaused(result.data.paused);
      setNotice(result.data.paused ? `Paused on ${api.host}.` : `Resumed on ${api.host}.`);
      show(await api.refresh());
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    <ClaimList
      state={state}
      paused={paused}
      canPause={!!api.host}
      busy={busy}
      notice={notice}
      onSelect={(id) => void select(id)}
      onAddArticle={() => void addArticle()}
      onTogglePause={() => void togglePause()}
      onOpenLibrary={api.openLibrary}
      onCompare={api.openStory}
    />
    {api.reading && <ReadingPanel api={api.reading} host={api.host} onNotice={setNotice} />}
    </>
  );
}
