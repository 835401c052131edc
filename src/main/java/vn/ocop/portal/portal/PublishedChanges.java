package vn.ocop.portal.portal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ocop.portal.certification.CertificateIssued;
import vn.ocop.portal.certification.CertificateReratingRecorded;
import vn.ocop.portal.certification.CertificateRevoked;
import vn.ocop.portal.importing.ImportSucceeded;
import vn.ocop.portal.ocop.ApplicationConcluded;
import vn.ocop.portal.ocop.ProductDetailsChanged;
import vn.ocop.portal.ocop.SubjectDetailsChanged;
import vn.ocop.portal.registry.AnnualUpdateAccepted;
import vn.ocop.portal.registry.OrganisationCorrected;
import vn.ocop.portal.registry.OrganisationDissolved;
import vn.ocop.portal.registry.OrganisationRegistered;
import vn.ocop.portal.registry.OrganisationResumed;
import vn.ocop.portal.registry.OrganisationSuspended;
import vn.ocop.portal.registry.UnionMembershipChanged;

/**
 * The facts other modules publish that change what anonymous readers see on the cached pages: the
 * cooperative directory and its profiles (registry), the OCOP catalogue and product pages
 * (certificates, products and subjects), the public statistics and the home page's highlights
 * (all of these, and concluded evaluations), and whatever an import stored. Each moves the page
 * version ({@link PageVersions#bumpBeforeCommit()}) in the transaction that made the change, once
 * per transaction however many events it published (a decision with twenty certificates, an import
 * of a hundred thousand organisations), just before it commits.
 * <p>
 * Synchronous on purpose, as the news trigger of V43: a node that reads the new version also reads
 * the new content, the person who made the change sees it at once on the public pages, and no
 * publication is written to the event log for a cache's bookkeeping. The news and the petitions
 * move the version through their triggers (V43).
 */
@Component
class PublishedChanges {

	private final PageVersions versions;

	PublishedChanges(PageVersions versions) {
		this.versions = versions;
	}

	// the directory and its profiles; the statistics of the collective economy
	@EventListener
	void registered(OrganisationRegistered change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void corrected(OrganisationCorrected change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void suspended(OrganisationSuspended change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void resumed(OrganisationResumed change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void dissolved(OrganisationDissolved change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void membershipChanged(UnionMembershipChanged change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void annualUpdateAccepted(AnnualUpdateAccepted change) {
		versions.bumpBeforeCommit();
	}

	// OCOP product pages; the evaluation figures of the statistics
	@EventListener
	void productChanged(ProductDetailsChanged change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void subjectChanged(SubjectDetailsChanged change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void evaluationConcluded(ApplicationConcluded change) {
		versions.bumpBeforeCommit();
	}

	// the catalogue, product pages, certificate checks, the OCOP statistics and the home page's highlights
	@EventListener
	void certificateIssued(CertificateIssued change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void reratingRecorded(CertificateReratingRecorded change) {
		versions.bumpBeforeCommit();
	}

	@EventListener
	void certificateRevoked(CertificateRevoked change) {
		versions.bumpBeforeCommit();
	}

	// any sheet: organisations, annual updates, memberships, subjects, products, certificates, history
	@EventListener
	void imported(ImportSucceeded change) {
		versions.bumpBeforeCommit();
	}

}
