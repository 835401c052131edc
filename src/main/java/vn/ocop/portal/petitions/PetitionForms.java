package vn.ocop.portal.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.shared.web.Formats;

/** The forms of the petitions' pages (records bound by constructor, never entities) and their small helpers. */
final class PetitionForms {

	private PetitionForms() {
	}

	/** A new petition, in the back office or on the public form. */
	record PetitionForm(String channel, Long conferenceId, String petitionerKind, String organisationId,
			String petitionerName, String address, String phone, String email, String topic, String title, String content,
			String receivedOn, Boolean consent, String website) {

		static PetitionForm empty() {
			return new PetitionForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

		static PetitionForm forConference(long conferenceId) {
			return new PetitionForm(Channel.CONFERENCE.name(), conferenceId, PetitionerKind.ORGANISATION.name(), null, null,
					null, null, null, null, null, null, null, null, null);
		}

		PetitionManagement.NewPetition command() {
			return new PetitionManagement.NewPetition(parse(Channel.class, channel), conferenceId,
					parse(PetitionerKind.class, petitionerKind), organisationId, petitionerName, address, phone, email, topic,
					title, content, date(receivedOn));
		}

	}

	/** The step forms of a petition's page; each uses the fields its step needs. */
	record StepForm(String decision, String text, String lead, List<String> cooperating, String date) {
	}

	/** A new conference. */
	record ConferenceForm(String title, String heldOn, String place, String chair, String agenda) {

		static ConferenceForm empty() {
			return new ConferenceForm(null, null, null, null, null);
		}

	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** A typed date ({@code dd/MM/yyyy}); null when blank. */
	static LocalDate date(String text) {
		try {
			return Formats.parseDate(text);
		}
		catch (DateTimeParseException invalid) {
			throw new PetitionRuleViolation("petitions.rule.dateFormat", text);
		}
	}

	static List<MultipartFile> files(MultipartFile... files) {
		List<MultipartFile> chosen = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file != null && !file.isEmpty()) {
				chosen.add(file);
			}
		}
		return chosen;
	}

	/** Puts a refused step's message on the page shown after the redirect. */
	static void problem(RedirectAttributes redirect, PetitionRuleViolation violation) {
		redirect.addFlashAttribute("problem", violation.messageKey());
		redirect.addFlashAttribute("problemArguments", violation.arguments());
	}

}
