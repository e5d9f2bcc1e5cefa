import { render } from 'preact';
render(<p>ClaimLens</p>, document.getElementById('app')!);
