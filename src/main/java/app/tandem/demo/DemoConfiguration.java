package app.tandem.demo;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Demo mode only: the application's clock becomes a {@link DemoClock} the demo writer can move (decision 0094). */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

    @Bean
    static BeanPostProcessor demoClock() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Clock clock && !(bean instanceof DemoClock) && "clock".equals(name)
                        ? new DemoClock(clock)
                        : bean;
            }
        };
    }
}
