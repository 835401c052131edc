package vn.ocop.portal.importing;

import java.util.List;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.ScopedUser;

/**
 * The bounded pool that runs import jobs on this node: {@code ocop.importing.workers} platform
 * threads (virtual threads are off) and a queue of {@code ocop.importing.queue-capacity}; beyond
 * that a new import is refused. The pool is this module's own (not a bean), so it does not replace
 * Spring Boot's application task executor. Each job runs as the user who submitted it: the worker
 * thread gets that user's security context, so audit entries name them.
 */
@Component
class ImportWorkers implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	ImportWorkers(ImportingProperties properties) {
		executor.setCorePoolSize(properties.workers());
		executor.setMaxPoolSize(properties.workers());
		executor.setQueueCapacity(properties.queueCapacity());
		executor.setThreadNamePrefix("ocop-import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAwaitTerminationSeconds(10);
		executor.initialize();
	}

	/** Runs the work as the user; false when the pool and its queue are full. */
	boolean submit(ScopedUser user, Runnable work) {
		Authentication authentication = authenticationOf(user);
		try {
			executor.execute(() -> runAs(authentication, work));
			return true;
		}
		catch (TaskRejectedException full) {
			return false;
		}
	}

	/** Runs the work in the calling thread as the user (the command line). */
	static void runAs(Authentication authentication, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** An authentication for the user, named by their username (so audit entries name them). */
	static Authentication authenticationOf(ScopedUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(user.role().authority())));
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
