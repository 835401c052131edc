/**
 * Dialogue conferences and petitions (domain §6): conferences with cooperatives and OCOP subjects,
 * the petitions raised there or sent online, by letter, phone or e-mail, each with a tracking code;
 * their classification (within or outside the province's competence, rejected, redirected), routing
 * to a lead department and co-operating ones, answers, approval, publication and follow-ups;
 * deadlines in working days from a configurable calendar, with reminders and escalations; the
 * public answers, tracking and dashboard.
 * <p>
 * Public face: {@link vn.ocop.portal.petitions.PetitionStatistics} (figures per department and
 * year for reporting and the portal), {@link vn.ocop.portal.petitions.PetitionFigures},
 * {@link vn.ocop.portal.petitions.PetitionCode} and {@link vn.ocop.portal.petitions.PetitionAccess}
 * (bean {@code petitionAccess} for {@code @PreAuthorize}). Uses the registry's public face for
 * petitioners and participants, identity for scopes, audit for every step, and importing for the
 * calendar sheet {@code ngay-lam-viec}. See {@code docs/petitions.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue conferences and petitions",
		allowedDependencies = { "audit", "identity", "units", "importing", "registry", "ocop" })
package vn.ocop.portal.petitions;
