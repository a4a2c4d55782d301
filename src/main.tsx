import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startWorkspaceSession } from './app/start-workspace.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const session = startWorkspaceSession();

createRoot(root).render(
  <StrictMode>
    <App session={session} />
  </StrictMode>,
);
