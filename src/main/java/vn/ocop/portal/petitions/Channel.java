package vn.ocop.portal.petitions;

/** How a petition reached the province (QĐ 31/2021/QĐ-TTg: paper, phone and e-mail are entered too). */
enum Channel {

	CONFERENCE, ONLINE, LETTER, PHONE, EMAIL;

	String messageKey() {
		return "petitions.channel." + name();
	}

}
