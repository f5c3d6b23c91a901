// Every widget, loaded when its tag is rendered; `ontrack/vue` also types them in templates.
import 'ontrack/vue';
// A widget that gets a property (`pack`) is defined before Vue renders it, so Vue
// sets `pack` as a property (`.prop` on the binding makes sure of it).
import 'ontrack/testimonials';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
