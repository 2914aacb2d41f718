package app.tandem.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code bin/tandem-server}'s start-up cache (decision 0077): with {@code
 * tandem.training-run=true} Tandem, once started, asks itself for the sign-in page (so serving it
 * is part of what the cache holds) and then stops as any stop does, shutdown hooks included, so the
 * embedded database stops with it. Spring's {@code spring.context.exit=onRefresh} halts the JVM
 * without its shutdown hooks and left the embedded database running.
 */
@Component
@ConditionalOnProperty(name = "tandem.training-run", havingValue = "true")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void stopWhenStarted(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port != null) {
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                HttpResponse<Void> page = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("Training run: the sign-in page answered {}; stopping.", page.statusCode());
            } catch (IOException e) {
                log.warn("Training run: the sign-in page could not be read ({}); stopping.", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(SpringApplication.exit(context));
    }
}
