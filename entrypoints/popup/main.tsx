import { render } from 'preact';
import { App } from './App';
import '../../src/ui/popup.css';

render(<App />, document.getElementById('app')!);
