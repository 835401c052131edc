/**
 * Shared kernel: the small set of technical building blocks every module may use (embedded
 * database bootstrap, web and locale configuration, vi-VN formats, the injected clock, the
 * command-line entry points, the scale-data contract, and the working-day calendar interface
 * {@link vn.ocop.portal.shared.calendar.WorkingDayCalendar} that statutory limits are counted on). It holds no business rules and no
 * tables of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ocop.portal.shared;
