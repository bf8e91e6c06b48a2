import { LanguageProvider, startLanguage, ToastProvider } from '@taskforce/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first screen's texts (the `shell` catalogue of the language this browser shows) start loading now, in
// parallel with React's first render.
startLanguage();

// Apollo Client and the live socket are not started here: they come with the pages that need them (data-root.tsx),
// so the sign-in screen loads without them.
createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <LanguageProvider>
        <ToastProvider>
          <App />
        </ToastProvider>
      </LanguageProvider>
    </BrowserRouter>
  </StrictMode>,
);
