package vn.ocop.portal.certification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.portal.ocop.ReratingFiled;

/**
 * Listens to the evaluation module: when a re-rating (or upgrade) application is filed for a
 * product with a current certificate, the filing is recorded on that certificate
 * ({@link CertificationManagement#recordReratingFiled}), so that it stays valid until the new
 * decision (the late extension). Runs after the filing's commit, in its own transaction, as the
 * system; a filing before the window opens or after expiry is not recorded (logged), and a second
 * filing keeps the first date.
 */
@Component
class ReratingFilings {

	private static final Logger log = LoggerFactory.getLogger(ReratingFilings.class);

	private final CertificationManagement management;

	ReratingFilings(CertificationManagement management) {
		this.management = management;
	}

	@ApplicationModuleListener
	void on(ReratingFiled filed) {
		management.currentCertificateOf(filed.productId()).ifPresentOrElse(certificate -> {
			try {
				management.recordReratingFiled(certificate.id(), filed.filedOn(), false);
			}
			catch (CertificationRefused refused) {
				log.info("Re-rating of application {} filed on {} not recorded on certificate {}: {}", filed.applicationId(),
						filed.filedOn(), certificate.number(), refused.problems());
			}
		}, () -> log.info("Re-rating of application {}: product {} has no certificate", filed.applicationId(), filed.productId()));
	}

}
