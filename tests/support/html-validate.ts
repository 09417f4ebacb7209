/**
 * html-validate with the project's configuration (.htmlvalidate.mjs), resolved once.
 *
 * The stock loaders resolve the configuration again for every document (element metadata loaded
 * and schema-checked each time), which was half the cost of validating the 1,800 built pages. The
 * configuration is the same for every page, so it is resolved on first use and reused.
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

class ResolvedOnceConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}

export function projectValidator(): HtmlValidate {
  return new HtmlValidate(new ResolvedOnceConfigLoader(config));
}
