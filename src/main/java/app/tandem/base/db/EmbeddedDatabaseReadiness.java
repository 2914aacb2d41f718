package app.tandem.base.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Holds back the data source until the embedded server (started in the background) is ready. */
@Component
class EmbeddedDatabaseReadiness implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            EmbeddedMariaDb running = EmbeddedMariaDb.running();
            if (running != null) {
                running.awaitReady();
            }
        }
        return bean;
    }
}
