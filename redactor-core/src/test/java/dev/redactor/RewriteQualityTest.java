package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewrites read like a person wrote them: each expected text is what a careful front-desk writer
 * would send instead, written by hand from the input.
 */
class RewriteQualityTest {
  private final Redactor redactor = Redactor.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi Maria, it's time for your 6-month cleaning at Bright Smiles Dental. | Hi, it's time for your 6-month appointment.
      Your 2nd chemo is Monday. | Your 2nd appointment is Monday.
      Dear Robert, your appointment is Monday. | Dear patient, your appointment is Monday.
      Estimada Sra. López, su cita es el lunes. | Estimada paciente, su cita es el lunes.
      Kevin's results are ready in the portal. | The results are ready in the portal.
      Reminder: Carlos' checkup is Monday at 9. | Reminder: The checkup is Monday at 9.
      Maria — your appointment is Monday. | Your appointment is Monday.
      Your taxi voucher home from the ED is at the desk. | Your taxi voucher home from the office is at the desk.
      Prior authorization for CPT 29881 (knee arthroscopy/meniscectomy) was approved. | Prior authorization was approved.
      Corner Drug: your refill of Adderall XR 20mg is ready. | Corner Drug: your refill is ready.
      Your losartan potassium 50 mg is ready. | Your prescription is ready.
      Greenfield Pharmacy: Rx for LOSARTAN POTASSIUM 50MG TAB is ready for pickup. | Greenfield Pharmacy: Rx is ready for pickup.
      Su cita con la partera Ximena Rojas es el 2 de octubre. | Su cita con la profesional Ximena Rojas es el 2 de octubre.
      Maria, Jose and Ana, your appointments are Monday. | Your appointments are Monday.
      Your colonoscopy and mammogram are Monday. | Your appointments are Monday.
      Your mammograms are scheduled for Monday. | Your appointments are scheduled for Monday.
      Your appt for your mammogram is Monday. | Your appt is Monday.
      Su cita para la prueba de embarazo es el lunes. | Su cita es el lunes.
      Your HIV test is Monday. | Your appointment is Monday.
      Your appointment with Dr. Patel in Bright Smiles Dental is Monday. | Your appointment with Dr. Patel is Monday.
      Your newborn's follow-up with pediatric cardiology is Monday. | Your newborn's follow-up is Monday.
      Your claim for CPT 70553 was approved by your plan. | Your claim was approved by your plan.
      Prior authorization approved for procedure code 29881. | Prior authorization approved.
      Emma's flu shot is Monday at 10. | The appointment is Monday at 10.
      Hi! Emma's hearing screen and 4-year shots are Tuesday at 10. | Hi! The appointments are Tuesday at 10.
      Estimado paciente: su reclamación #CLM-2291-7730 por la resonancia magnética fue procesada. | Estimado paciente: su reclamación por la cita fue procesada.
      Su número de expediente es 00482913. Preséntelo en recepción. | Preséntelo en recepción.
      Dr. Nguyen, DDS will see you Monday. | Dr. Nguyen will see you Monday.
      Please call us, Maria, when you can. | Please call us when you can.
      Hi, Maria, your appointment is Monday. | Hi, your appointment is Monday.
      Traiga sus inhaladores a la cita. | Traiga sus recetas a la cita.
      Hi Greg, PT w/ Alicia Romero, DPT is moved to Wed at 7:30am. | Hi, your appointment is moved to Wed at 7:30am.
      Hola Ana, la mamografía es el lunes. | Hola, la cita es el lunes.
      Hi Greg, mammogram is Monday at 9. | Hi, your appointment is Monday at 9.
      Your x-ray of the left hand is scheduled for Monday at 9am. | Your appointment is scheduled for Monday at 9am.
      Su radiografía de tórax es el lunes. | Su cita es el lunes.
      Kessler Drug: Rx 4471928 ATORVASTATIN 20MG TAB is ready for pickup until 9pm. | Kessler Drug: Rx is ready for pickup until 9pm.
      DOB: 03/14/1962. Your appointment is on Monday at 10am. | Your appointment is on Monday at 10am.
      Su vacuna y cita son el lunes. | Su cita es el lunes.
      Your Tdap and appointment are on Monday. | Your appointment is on Monday.
      Also, your wife Greta's biopsy is on Monday. | Also, your wife's appointment is on Monday.
      Visit type: mammogram. Please call us with any questions. | Please call us with any questions.
      Thanks for coming in for your knee injection today! Call us if the swelling does not improve by Friday. | Thanks for coming in for your appointment today! Call us if the condition does not improve by Friday.
      Your 90-min deep tissue massage is set for Sat 8/8 at 1pm. | Your 90-min appointment is set for Sat 8/8 at 1pm.
      The cardiologist will call you Monday about your visit. | The provider will call you Monday about your visit.
      Recordatorio: su cita con el consejero de adicciones es el martes a las 5 p. m. | Recordatorio: su cita con el profesional es el martes a las 5 p. m.
      El ultrasonido es el lunes a las 9. | La cita es el lunes a las 9.
      Su hijo tiene el chequeo dental el martes. | Su hijo tiene la cita el martes.
      Reminder: your anxiety support group meets tonight at 7 in Room B. | Reminder: your group meets tonight at 7 in Room B.
      Before your intake, please complete the AUDIT and DAST-10 questionnaires in the portal. | Before your intake, please complete the questionnaires in the portal.
      Your CPAP is due for a new filter and mask. | Your device is due for a new filter and mask.
      Your pacemaker is due for a battery check. | Your device is due for a battery check.
      FreshRoots Kitchen: Your medically tailored meals arrive Tue between 10am-2pm. | FreshRoots Kitchen: Your meals arrive Tue between 10am-2pm.
      Reminder: pick up your Produce Prescription box Wed 2-5pm. | Reminder: pick up your prescription box Wed 2-5pm.
      Great news: your rollator and shower chair are paid off this month. | Great news: your devices are paid off this month.
      Valley Hospice: your nurse visit is Tuesday at 10. | Your nurse visit is Tuesday at 10.
      Your Holter monitor is ready to be returned. Drop it off at the front desk anytime. | Your order is ready to be returned. Drop it off at the front desk anytime.
      Hola, ya pasaron más de seis meses desde su última limpieza y revisión con la Dra. Paredes. | Hola, ya pasaron más de seis meses desde su última revisión con la Dra. Paredes.
      Reminder - stress test on Monday at 9. | Reminder - appointment on Monday at 9.
      Dr. Reyes wants to see you for your 6-week post-op check on your shoulder. | Dr. Reyes wants to see you for your 6-week appointment.
      Pay your balance here: https://pay.lakeviewmedgroup.com/?acct=4417290&token=f83kq2 | Pay your balance here
      Actualice su póliza: número de afiliado MX-0093-448812. | Actualice su póliza.
      Hi, it's Kelsey from Riverbend Kidney Care. Our lab opens at 7. | Hi, it's Kelsey from the office. Our lab opens at 7.
      Hi, it's Kelsey with Riverbend Kidney Care. Our lab opens at 7. | Hi, it's Kelsey with the office. Our lab opens at 7.
      Hola, soy Kelsey de Riverbend Kidney Care. Su cita es el lunes. | Hola, soy Kelsey de la clínica. Su cita es el lunes.
      Reminder from Mercy Wound Healing Center: your visit is Monday. | Reminder: your visit is Monday.
      Please bring your glucose log to your appointment. | Please bring your log to your appointment.
      Your blood pressure pills are ready for pickup. | Your prescriptions are ready for pickup.
      Su pastilla de la tiroides está lista. | Su pastilla está lista.
      ¿Su tos está mejor? | ¿Su afección está mejor?
      How is your cough doing? | How is your condition doing?
      Your CGM sensor ships Monday. | Your order ships Monday.
      Hola, tus supplies para el CGM ya llegaron. | Hola, tus supplies ya llegaron.
      Su ultrasonido de 20 semanas es el lunes. | Su cita es el lunes.
      Your fracture clinic appointment is Monday at 10:30. | Your office appointment is Monday at 10:30.
      Heads up: methadone clinic hours change Monday. | Heads up: Office hours change Monday.
      Your appointment with Midwife Jess Lee is Monday. | Your appointment with provider Jess Lee is Monday.
      Your compounded progesterone 200 mg capsules are ready. | Your compounded prescriptions are ready.
      Your generic Lexapro is ready for pickup. | Your generic prescription is ready for pickup.
      Per our session today, remember your safety plan. | Per our session today, remember your plan.
      Your follow-up with the nurse examiner is Monday at 2 PM. | Your follow-up with the provider is Monday at 2 PM.
      Your follow-up at the Gender Health Program is Thu 5/7 at 1pm. | Your follow-up at the program is Thu 5/7 at 1pm.
      St. Jude Cancer Center: your visit is Monday. | Your visit is Monday.
      Your visit at Mt. Sinai Heart Institute is Monday. | Your visit is Monday.
      Your lisinopril and your metformin are ready. | Your prescriptions are ready.
      Farmacia La Esquina: su atorvastatina y su losartán se surten hoy. | Farmacia La Esquina: sus recetas se surten hoy.
      Her student ID, 20419-88, is printed on page 1. | Her student ID is printed on page 1.
      The Medicaid ID on file, MCD448120937, was denied for her 7/15 visit. | The Medicaid ID on file was denied for her 7/15 visit.
      NICU follow-up clinic: Baby Grace's appointment is on 12/2 at 10:40. | Follow-up clinic: Baby's appointment is on 12/2 at 10:40.
      Your cough should get better in a week. | Your condition should get better in a week.
      Your diabetes coaching call w/ Coach Ren is moved to Fri 2/7. | Your coaching call w/ Coach Ren is moved to Fri 2/7.
      Reminder: your asthma follow-up with Dr. Lee on 5/2. | Reminder: your follow-up with Dr. Lee on 5/2.
      To pair your new glucometer, open the app. | To pair your new device, open the app.
      Recuerde: su cita con dilatacion es el martes. Traiga lentes de sol. | Recuerde: su cita es el martes. Traiga lentes de sol.
      Hi Gloria, reminder that Mr. Feld has his appt Tues 9/2 at 1:15. | Hi, reminder that the patient has his appt Tues 9/2 at 1:15.
      Your patient record number is VHH-0048821. Please keep it handy. | Please keep it handy.
      Your son's speech therapy eval is moved to 2pm. | Your son's appointment is moved to 2pm.
      Your infusion chair is booked for Tuesday at 9am. | Your appointment is booked for Tuesday at 9am.
      An MRI slot opened tomorrow at 7:15am. Reply 1 to claim it. | A slot opened tomorrow at 7:15am. Reply 1 to claim it.
      Your HIV-1/2 Ag/Ab screen is scheduled for 8/19. | Your appointment is scheduled for 8/19.
      Recordatorio: a Valentina le toca su cita el martes. | Recordatorio: le toca su cita el martes.
      A Luis ya le toca su cita de control. | Ya le toca su cita de control.
      Mañana recogemos a la Sra. Otilia Fuentes a las 7:30. | Mañana recogemos a las 7:30.
      Vamos a Lupita a ver el lunes. | Vamos a ver el lunes.
      This is Aspen Ridge Dermatology confirming your visit on Wednesday. | This is the office confirming your visit on Wednesday.
      Le habla Clínica Dental Sonrisas para confirmar su cita. | Le habla la clínica para confirmar su cita.
      Dear Nguyen family, the boys' checkups are on Friday. | Dear family, the boys' checkups are on Friday.
      Hi Garcia family, your appointments are Monday. | Hi family, your appointments are Monday.
      Su cita es el lunes a las 11:00 en el Centro de Salud de la Mujer Alameda. Llame al 555-0181. | Su cita es el lunes a las 11:00 en el consultorio. Llame al 555-0181.
      La cita es a las 5:30 pm en Pediatría Los Álamos. Traiga el formulario. | La cita es a las 5:30 pm. Traiga el formulario.
      Gracias por tu visita del martes a Dermatología Alameda. | Gracias por tu visita del martes.
      Hola, su referido a cardiología fue aprobado. | Hola, su referido fue aprobado.
      Tu cita es el lunes con el PMHNP Rivas. | Tu cita es el lunes con el profesional Rivas.
      Actualizamos su correo a lupita.barrera@example.com y su teléfono a (503) 555-0153. | Actualizamos su correo y su teléfono.
      Confirmamos la limpieza de su hija. | Confirmamos la cita de su hija.
      Reminder: hospice equipment delivery is tomorrow 9a-1p. | Reminder: equipment delivery is tomorrow 9a-1p.
      Buenas tardes, le escribe Daniela del Programa de Asesoría Genética en Cáncer. Sus resultados ya están listos; la consejera genética le llamará el miércoles. | Buenas tardes, le escribe Daniela de la clínica. Sus resultados ya están listos; la profesional le llamará el miércoles.
      To verify it's you, ur DOB on file is 11/30/1978 and ur cell is 503-555-0178. Reply YES if correct. | To verify it's you, ur DOB on file and ur cell. Reply YES if correct.
      Employee Health: your hepatitis B titer is due. Lab draw hours are 6:30-8 AM. | Employee Health: your titer is due. Lab draw hours are 6:30-8 AM.
      Hi, you're due for your second MMR dose. Walk in any weekday. | Hi, you're due for your second dose. Walk in any weekday.
      Ur 3rd gardasil shot is due, we can do it tmrw at 4. | Ur 3rd appointment is due, we can do it tmrw at 4.
      Your hydrocodone-acetaminophen 5-325 mg is ready. | Your prescription is ready.
      Your Truvada 200/300 mg is ready at Ninth Ave Pharmacy. | Your prescription is ready at Ninth Ave Pharmacy.
      Reminder: your fasting lipid panel and A1c draw is tomorrow at 8:00. | Reminder: your draw is tomorrow at 8:00.
      Rmndr: ur apt w/ Dr Kowalski @ Lakeshore Psychatric is tmrw 11:15am. Reply C to confrm | Rmndr: ur apt w/ Dr Kowalski is tmrw 11:15am. Reply C to confrm
      We emailed your pre-op packet to jlaurent88@example.net. If that address is wrong, call us. | We emailed your appointment packet. If that address is wrong, call us.
      Aún no recibimos tu comprobante de la vacuna contra la meningitis. | Aún no recibimos tu comprobante de la cita.
      Your CT of the abdomen and pelvis is tomorrow at 8. | Your appointment is tomorrow at 8.
      Su cita es el lunes con la nutricionista Olive Marsh. | Su cita es el lunes con la profesional Olive Marsh.
      Your CT of the chest, abdomen and pelvis is tomorrow at 8. | Your appointment is tomorrow at 8.
      Hi Janelle, this is Courtney, perinatal social worker. Your voucher is ready. | Hi, this is Courtney, social worker. Your voucher is ready.
      This message is for Walter Abernathy. Please call us back at 608-555-0140. | Please call us back at 608-555-0140.
      Este mensaje es para Ana Ruiz. Llámenos al 555-0140. | Llámenos al 555-0140.
      Hi, this is a message for Gloria Nunez. This is Pat from the office. Please call us back. | This is Pat from the office. Please call us back.
      Hello, this message is for Harold Beckett. Please call us back at 330-555-0193. | Please call us back at 330-555-0193.
      Buenas tardes, este mensaje es para Ana Ruiz. Llámenos al 555-0140. | Llámenos al 555-0140.
      Please confirm your date of birth — we have 7/22/1979. Reply YES if correct. | Please confirm your date of birth. Reply YES if correct.
      Reminder for J.R.: cleaning Fri 1/23 @ 9am. Txt YES to confirm. | Reminder: Appointment Fri 1/23 @ 9am. Txt YES to confirm.
      Tu pedido de faja de compresión FJ-30981 fue enviado. | Tu pedido fue enviado.
      Your A1c results are now available in the portal. | Your results are now available in the portal.
      Nurse line follow-up: how is your cough today? Reply 1 better, 2 same. | Nurse line follow-up: how is your condition today? Reply 1 better, 2 same.
      Your Pap result is ready. Tap to view it securely. | Your result is ready. Tap to view it securely.
      Northfield billing: we have your Medicare number on file as 5QR7-JK2-MT48. Please bring your new card. | Northfield billing. Please bring your new card.
      """)
  void rewrite_readsNaturally(String input, String expected) {
    Verdict v = redactor.check(input);
    assertEquals(Decision.REWRITE, v.decision(), v::toString);
    assertEquals(expected, v.rewritten().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your drain output is bright red. Clamp the tubing and go to the ER now.",
      "Nurse line: your symptoms sound serious. Go to the ER now and don't eat or drink.",
      "If it's not better 20 min after your albuterol, go to the ER or call 911.",
  })
  void rewrite_neverChangesWhereAnEmergencySendsTheReader(String input) {
    // sending the reader to the ER is advice, kept whole whatever else the rewrite removes
    Verdict v = redactor.check(input);
    v.rewritten().ifPresent(r -> assertTrue(r.contains("go to the ER") || r.contains("Go to the ER"), r));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your member ID (XKJ448120933) has expired. Please send a photo of the new card.",
      "Medicare rejected a claim because the Medicare number (1EG4-TE5-MK72) does not match.",
  })
  void rewrite_aLabelsBracketGoesWithItsClose(String input) {
    Verdict v = redactor.check(input);
    assertEquals(Decision.REWRITE, v.decision(), v::toString);
    String rewritten = v.rewritten().orElseThrow();
    assertFalse(rewritten.contains(")"), rewritten);
    assertFalse(rewritten.matches(".*\\d.*"), rewritten);
  }
}
