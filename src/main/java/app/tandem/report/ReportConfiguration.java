package app.tandem.report;

import app.tandem.pdf.ProgressReportRenderer;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared renderer, warmed up at start so the first report a counselor asks for is fast. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ProgressReportRenderer progressReportRenderer() {
        return ProgressReportRenderer.standard();
    }

    @Bean
    ApplicationRunner warmUpReports(ProgressReportRenderer renderer) {
        return args -> Thread.ofVirtual().name("report-warm-up").start(renderer::warmUp);
    }
}
