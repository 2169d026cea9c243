package org.realign.app.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {

	private final ClientAuditInterceptor interceptor;

	AuditConfiguration(ClientAuditInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.interceptor).addPathPatterns("/clients/**", "/api/clients/**");
	}

}
