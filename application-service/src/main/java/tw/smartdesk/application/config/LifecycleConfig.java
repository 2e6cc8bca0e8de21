package tw.smartdesk.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the clerk workflow ({@code smartdesk.lifecycle.*}). */
@ConfigMapping(prefix = "smartdesk.lifecycle")
public interface LifecycleConfig {

    /** Working days a resident has to supply missing documents when the clerk sets no due time. */
    @WithDefault("10")
    int supplementWorkingDays();
}
