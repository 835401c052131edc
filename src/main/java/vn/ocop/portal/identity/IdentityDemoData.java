package vn.ocop.portal.identity;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * Demo accounts, one per role, for the seed's province 06 (Bắc Kạn), plus a second local officer
 * in another unit. Created at startup when {@code ocop.demo.enabled=true}, only if absent (safe to
 * run on every start and on several nodes at once). All share the documented demo password.
 * <p>
 * Unit references are not checked against the unit hierarchy here: the units module may load its
 * units after this initializer, which runs early.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class IdentityDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	/** One demo account. */
	record DemoAccount(String username, String displayName, Role role, DataScope scope) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "Quản trị hệ thống tỉnh Bắc Kạn", Role.ADMIN, DataScope.province("06")),
			new DemoAccount("canbo.tinh", "Cán bộ Văn phòng Điều phối OCOP tỉnh", Role.PROVINCIAL_OFFICER,
					DataScope.province("06")),
			new DemoAccount("canbo.babe", "Cán bộ huyện Ba Bể", Role.LOCAL_OFFICER, DataScope.unit("061")),
			new DemoAccount("hoidong", "Thành viên Hội đồng OCOP tỉnh 2022", Role.COUNCIL_MEMBER,
					DataScope.council("HD-OCOP-06-2022")),
			new DemoAccount("htx.dongtam", "Đại diện HTX Đồng Tâm", Role.ORGANISATION_REP,
					DataScope.organisation("HTX-DEMO-0001")),
			new DemoAccount("so.nnptnt", "Cán bộ Sở Nông nghiệp và Phát triển nông thôn", Role.DEPARTMENT_HANDLER,
					DataScope.department("SO-NNPTNT")),
			new DemoAccount("bientap", "Biên tập viên cổng thông tin", Role.EDITOR, DataScope.province("06")),
			new DemoAccount("duyettin", "Người duyệt đăng tin", Role.PUBLISHER, DataScope.province("06")),
			new DemoAccount("canbo.nganson", "Cán bộ huyện Ngân Sơn", Role.LOCAL_OFFICER, DataScope.unit("062")));

	private final Users users;

	private final Auditor auditor;

	private final PasswordEncoder passwordEncoder;

	private final IdentityDemoProperties properties;

	private final TransactionOperations transactions;

	private final Clock clock;

	IdentityDemoData(Users users, Auditor auditor, PasswordEncoder passwordEncoder, IdentityDemoProperties properties,
			TransactionOperations transactions, Clock clock) {
		this.users = users;
		this.auditor = auditor;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (DemoAccount account : ACCOUNTS) {
			Username username = new Username(account.username());
			if (users.exists(username)) {
				continue;
			}
			User user = User.register(username, account.displayName(), account.username() + "@example.org",
					account.role(), account.scope(), passwordEncoder.encode(properties.password()), clock);
			Boolean added = transactions.execute(status -> {
				if (!users.addIfAbsent(user)) {
					return false;
				}
				auditor.record(AuditRecord.created(LoginAttempts.MODULE, LoginAttempts.ENTITY, username.value(),
						user.auditValues()));
				return true;
			});
			if (Boolean.TRUE.equals(added)) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo account(s); they share the demo password (ocop.demo.password)", created);
		}
	}

}
