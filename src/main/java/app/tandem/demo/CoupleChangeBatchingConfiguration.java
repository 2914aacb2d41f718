package app.tandem.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Registers {@link CoupleChangeBatching} as the application's event multicaster, in every mode so
 * that the tests write the demo exactly as a demo start does; it behaves as Spring's default
 * unless the demo writer holds changes back.
 */
@Configuration(proxyBeanMethods = false)
class CoupleChangeBatchingConfiguration {

    @Bean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
    static CoupleChangeBatching applicationEventMulticaster() {
        return new CoupleChangeBatching();
    }
}
