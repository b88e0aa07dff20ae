export { App, type FrameConfig } from './app.tsx';
