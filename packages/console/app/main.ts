import { ElConfigProvider } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/es/components/config-provider/style/css';
import './theme.css';
import { createApp, h } from 'vue';
import App from './App.vue';

// Components come on demand (vite.config.ts); the locale through the config provider, around everything.
createApp({ render: () => h(ElConfigProvider, { locale: zhCn }, () => h(App)) }).mount('#app');
