import { createApolloClient, TaskforceDataProvider } from '@taskforce/web-data-access';
import { ToastProvider } from '@taskforce/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <TaskforceDataProvider client={client}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </TaskforceDataProvider>
    </BrowserRouter>
  </StrictMode>,
);
