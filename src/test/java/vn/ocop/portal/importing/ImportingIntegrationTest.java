package vn.ocop.portal.importing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the real (embedded or CI) PostgreSQL with the test-only sheets
 * {@code demo-things} and {@code demo-parts}. One shared configuration, so the importing tests
 * share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoSheets.class)
@interface ImportingIntegrationTest {
}
