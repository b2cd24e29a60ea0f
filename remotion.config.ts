// Settings for the Remotion CLI and Studio (`npx remotion studio compositions/index.ts`).
// Workers render through @remotion/renderer and pass the same options in code.
import { Config } from '@remotion/cli/config';
import { allowJsExtensionImports } from './compositions/allow-js-extension-imports.js';

Config.setEntryPoint('compositions/index.ts');
Config.setVideoImageFormat('jpeg');
Config.overrideWebpackConfig(allowJsExtensionImports);
if (process.env.BROWSER_EXECUTABLE) Config.setBrowserExecutable(process.env.BROWSER_EXECUTABLE);
