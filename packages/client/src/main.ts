import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, setLocale, storedLocale } from './i18n';
import { createAppRouter } from './router';
import { client } from './urql';
import './styles/main.css';

const app = createApp(App);
app.use(i18n);
app.use(urql, client);
app.use(createAppRouter());

// English loads before mounting when it was chosen earlier, so the first paint is in the right language.
void setLocale(storedLocale()).finally(() => app.mount('#app'));
