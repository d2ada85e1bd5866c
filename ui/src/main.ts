// Entry point: mounts the PressDesk UI into #app.
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html'); // i18n-ok: for developers

export default mount(App, { target });
