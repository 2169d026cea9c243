package org.realign.app.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A web-slice test of one controller ({@code @WebMvcTest}): the controller, the API's
 * error advice, Jackson and Spring Security's defaults, with the controller's use cases
 * and stores as {@code @MockitoBean}s. Left out are the application's own servlet filters
 * and interceptors that need the database (the sign-in rate limit, the first-run
 * redirect, the audit interceptor): the full-stack ITs cover them. For a request's
 * parsing, access check and answer, where starting the whole application is not needed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "org\\.realign\\.app\\.identity\\.LoginRateLimit",
				"org\\.realign\\.app\\.practice\\.FirstRunRedirect", "org\\.realign\\.app\\.audit\\..*" }))
public @interface ApiSlice {

	/** The controller under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
