package vn.ocop.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions (stored in the database, so on every node) when their account is
 * disabled, locked, given another role or scope, or their password changes. Runs after the
 * change is committed.
 */
@Component
class UserSessions {

	private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

	@SuppressWarnings("rawtypes")
	private final ObjectProvider<FindByIndexNameSessionRepository> sessions;

	@SuppressWarnings("rawtypes")
	UserSessions(ObjectProvider<FindByIndexNameSessionRepository> sessions) {
		this.sessions = sessions;
	}

	void endAll(Username username) {
		endAllExcept(username, null);
	}

	/** Ends the user's sessions except {@code keptSessionId} (the one changing the password). */
	void endAllExcept(Username username, String keptSessionId) {
		afterCommit(() -> sessions.ifAvailable(repository -> {
			var found = repository.findByPrincipalName(username.value()).keySet();
			int ended = 0;
			for (Object id : found) {
				if (!id.equals(keptSessionId)) {
					repository.deleteById((String) id);
					ended++;
				}
			}
			if (ended > 0) {
				log.info("Ended {} session(s) of user '{}'", ended, username);
			}
		}));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
