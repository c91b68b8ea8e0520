<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Plans oral baclofen titration and tapers.</source>
        <extracomment>Components shipped with the program and their licences.</extracomment>
        <translation>Planifica la titulación y la retirada gradual del baclofeno oral.</translation>
    </message>
    <message>
        <source>Decision support — not a substitute for clinical judgement.</source>
        <translation>Apoyo a la decisión: no sustituye el juicio clínico.</translation>
    </message>
    <message>
        <source>Check every plan against the patient and the product label.</source>
        <translation>Revise cada plan frente al paciente y la ficha técnica del producto.</translation>
    </message>
    <message>
        <source>Rule base</source>
        <translation>Base de reglas</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>Built with Qt</source>
        <translation>Hecho con Qt</translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation>Componentes de terceros y sus licencias:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Print and PDF Pa&amp;ges</source>
        <translation>&amp;Partes para imprimir y PDF</translation>
    </message>
    <message>
        <source>&amp;Copy Prescription Text</source>
        <translation>&amp;Copiar el texto de la receta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Record &amp;Visit…</source>
        <translation>Registrar &amp;visita…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;How to Use Baclofen Desk</source>
        <translation>&amp;Cómo usar Baclofen Desk</translation>
    </message>
    <message>
        <source>&amp;About Baclofen Desk</source>
        <translation>&amp;Acerca de Baclofen Desk</translation>
    </message>
    <message>
        <source>Record a follow-up visit: the plan moves to the history and a new plan starts</source>
        <translation>Registrar una visita de control: el plan pasa al historial y empieza un plan nuevo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <extracomment>Shortcuts for standard keys that some platforms leave empty (Quit, Preferences on Linux). File → Export: one action per row of the export table, by the row&apos;s name. What Print and Export PDF make: the handout, the summary or both (one is checked). Theme icons that fall back to a glyph drawn in the palette&apos;s text colour, so they stay visible on a dark tool bar.</extracomment>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved. Save them?</source>
        <translation>El plan «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Hold step</source>
        <translation>Mantener el paso</translation>
    </message>
    <message>
        <source>Hold step %1 for how many more days?</source>
        <translation>¿Cuántos días más se mantiene el paso %1?</translation>
    </message>
    <message>
        <source>Handout incomplete</source>
        <translation>Hoja incompleta</translation>
    </message>
    <message>
        <source>%1 Export anyway?</source>
        <translation>%1 ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>cannot be measured with this product</source>
        <translation>no se puede medir con este producto</translation>
    </message>
    <message>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comp.</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>comp.</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>packets: %1</source>
        <translation>sobres: %1</translation>
    </message>
    <message>
        <source>The handout will say “call your local emergency number”: no emergency number is set in Preferences or known for this computer&apos;s country.</source>
        <extracomment>The name a plan not yet saved suggests for its exports (never a patient&apos;s name).</extracomment>
        <translation>La hoja dirá «llame a su número local de emergencias»: no hay número de emergencias en Preferencias ni se conoce para el país de este equipo.</translation>
    </message>
    <message>
        <source>The handout will not say whom to call.</source>
        <translation>La hoja no dirá a quién llamar.</translation>
    </message>
    <message>
        <source>No handout yet</source>
        <translation>Todavía no hay hoja</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>No se puede exportar %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Prescription text copied to the clipboard.</source>
        <translation>Texto de la receta copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Cannot make the export</source>
        <translation>No se puede generar la exportación</translation>
    </message>
    <message>
        <source>There is no plan yet: complete the marked fields.</source>
        <translation>Todavía no hay plan: complete los campos marcados.</translation>
    </message>
    <message>
        <source>The plan is not up to date: fix the marked fields first.</source>
        <translation>El plan no está actualizado: corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>No plan could be made for this patient: see the alerts.</source>
        <translation>No se pudo hacer un plan para este paciente: vea las alertas.</translation>
    </message>
    <message>
        <source>A critical alert blocks the handout. Select it in the alerts list and override it with a reason, or change the plan.</source>
        <translation>Una alerta crítica bloquea la hoja para el paciente. Selecciónela en la lista de alertas y anúlela con un motivo, o cambie el plan.</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>Las reglas cambiaron</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Revise el plan</translation>
    </message>
    <message>
        <source>Some values in %1 could not be shown exactly. Check the form.</source>
        <translation>Algunos valores de %1 no se pudieron mostrar con exactitud. Revise el formulario.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Todavía no se puede guardar</translation>
    </message>
    <message>
        <source>Fix the marked fields first: only a valid plan can be saved.</source>
        <translation>Corrija primero los campos marcados: solo se puede guardar un plan válido.</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>No se puede guardar el plan</translation>
    </message>
    <message>
        <source>Unrecognised: not checked for interactions</source>
        <extracomment>Icon of a line with no interaction: only a plain match earns the tick; a second baclofen is a warning (its alert is one), a close spelling is a question, an intrathecal pump is critical (its alert is one).</extracomment>
        <translation>No reconocido: no se revisaron sus interacciones</translation>
    </message>
    <message>
        <source>Ambiguous: could be %1</source>
        <translation>Ambiguo: podría ser %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Reconocido: %1</translation>
    </message>
    <message>
        <source>Close spelling: read as %1, check it</source>
        <translation>Escritura parecida: se lee como %1, compruébelo</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplicado: %1</translation>
    </message>
    <message>
        <source>Intrathecal baclofen pump: %1</source>
        <translation>Bomba de baclofeno intratecal: %1</translation>
    </message>
    <message>
        <source>%1 — %2 interaction</source>
        <translation>%1 — interacción %2</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <extracomment>Plans numbered 1 to 9 in the menu, so each is one key away.</extracomment>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>(not yet translated: shown in English)</source>
        <translation>(aún sin traducir: se muestra en inglés)</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>En inglés: %1</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <extracomment>The session setting that remembers which parts Print and Export PDF make.</extracomment>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>&amp;FHIR MedicationRequest…</source>
        <translation>MedicationRequest &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export FHIR MedicationRequest</source>
        <translation>Exportar MedicationRequest FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON files</source>
        <translation>Archivos JSON de FHIR</translation>
    </message>
    <message>
        <source>Dose &amp;Calendar (iCalendar)…</source>
        <translation>&amp;Calendario de dosis (iCalendar)…</translation>
    </message>
    <message>
        <source>Export dose calendar</source>
        <translation>Exportar el calendario de dosis</translation>
    </message>
    <message>
        <source>iCalendar files</source>
        <translation>Archivos iCalendar</translation>
    </message>
    <message>
        <source>Prescription &amp;Text…</source>
        <translation>&amp;Texto de la receta…</translation>
    </message>
    <message>
        <source>Export prescription text</source>
        <translation>Exportar el texto de la receta</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Archivos de texto</translation>
    </message>
    <message>
        <source>Handout &amp;Only</source>
        <extracomment>The choices of Print and Export PDF, in menu order: both parts, or one alone.</extracomment>
        <translation>Solo la &amp;hoja</translation>
    </message>
    <message>
        <source>&amp;Summary Only</source>
        <translation>Solo el &amp;resumen clínico</translation>
    </message>
    <message>
        <source>&amp;Handout and Summary</source>
        <translation>Hoja y resumen clínico (&amp;ambos)</translation>
    </message>
    <message>
        <source>Clinician summary: page %1 of %2</source>
        <translation>Resumen clínico: página %1 de %2</translation>
    </message>
    <message>
        <source>Handout: page %1 of %2</source>
        <translation>Hoja: página %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu; %1 is the name of the edit, e.g. &quot;Change age&quot;</extracomment>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Retirar reconocimiento</translation>
    </message>
    <message>
        <source>Acknowledge finding</source>
        <translation>Reconocer hallazgo</translation>
    </message>
    <message>
        <source>Withdraw override</source>
        <translation>Retirar anulación</translation>
    </message>
    <message>
        <source>Override alert</source>
        <translation>Anular alerta</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <extracomment>The name of an edit, shown in Edit → Undo (&quot;Undo %1&quot;)</extracomment>
        <translation>Editar plan</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Cambiar modo</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Editar horario</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Desmarcar %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Quitar medicamento</translation>
    </message>
    <message>
        <source>Change medication</source>
        <translation>Cambiar medicamento</translation>
    </message>
    <message>
        <source>Record a visit once there is a plan: the alerts say why none was made.</source>
        <extracomment>Plan fields that make a new plan at a visit (the command line&apos;s PLAN_CHOICES, cli_shaping).</extracomment>
        <translation>Registre una visita cuando haya un plan: las alertas dicen por qué no se hizo ninguno.</translation>
    </message>
    <message>
        <source>Record a visit once the plan is valid: fix the marked fields first.</source>
        <translation>Registre una visita cuando el plan sea válido: corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>This plan already holds the most visits a plan can (%1).</source>
        <translation>Este plan ya tiene el máximo de visitas que puede guardar un plan (%1).</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <extracomment>Item data: the finding (alert, interaction or lapsed override) an item shows. The source of an item, in words (&quot;&quot; for an item without one).</extracomment>
        <translation>Reconocer…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge major interaction</source>
        <translation>Reconocer interacción mayor</translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>Reconocer advertencia</translation>
    </message>
    <message>
        <source>Reason for the acknowledgement</source>
        <translation>Motivo del reconocimiento</translation>
    </message>
    <message>
        <source>The reason is printed on the clinician summary. The plan does not change.</source>
        <translation>El motivo se imprime en el resumen clínico. El plan no cambia.</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>O&amp;verride critical alert…</source>
        <translation>Anular alerta crítica con moti&amp;vo…</translation>
    </message>
    <message>
        <source>Acknowledge the selected warning with a reason; the plan does not change.</source>
        <translation>Reconocer con un motivo la advertencia seleccionada; el plan no cambia.</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Anulada: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Reconocida: %1</translation>
    </message>
    <message>
        <source>Blocks the handout until overridden with a reason.</source>
        <translation>Bloquea la hoja para el paciente hasta que se anule con un motivo.</translation>
    </message>
    <message>
        <source>the alert changed — review it again</source>
        <translation>la alerta cambió: revísela de nuevo</translation>
    </message>
    <message>
        <source>the alert is no longer raised as a critical alert</source>
        <translation>la alerta ya no aparece como crítica</translation>
    </message>
    <message>
        <source>Your override no longer applies: %1.</source>
        <translation>Su anulación ya no se aplica: %1.</translation>
    </message>
    <message>
        <source>You acknowledged: %1</source>
        <translation>Usted lo reconoció: %1</translation>
    </message>
    <message>
        <source>Your reason was: %1</source>
        <translation>Su motivo fue: %1</translation>
    </message>
    <message>
        <source>the warning changed — review it again</source>
        <translation>la advertencia cambió: revísela de nuevo</translation>
    </message>
    <message>
        <source>it is no longer raised as a warning</source>
        <translation>ya no aparece como advertencia</translation>
    </message>
    <message>
        <source>Your acknowledgement no longer applies: %1.</source>
        <translation>Su reconocimiento ya no se aplica: %1.</translation>
    </message>
    <message>
        <source>Withdraw the acknowledgement of the selected warning</source>
        <translation>Retirar el reconocimiento de la advertencia seleccionada</translation>
    </message>
    <message>
        <source>Withdraw the override of the selected alert: it blocks again</source>
        <translation>Retirar la anulación de la alerta seleccionada: vuelve a bloquear</translation>
    </message>
</context>
<context>
    <name>DoseDelegate</name>
    <message>
        <source>Daily dose in mg</source>
        <translation>Dosis diaria en mg</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Patient</source>
        <extracomment>Margin inside each panel, in pixels (compact, so the results get the room). Margin around the panels of a page. The count a tab title keeps room for, so that a tenth medication or visit never widens the column nor hides a title behind the tab bar&apos;s scroll arrows.</extracomment>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medicación (%1)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Age</source>
        <extracomment>The core&apos;s field labels (`FIELD_LABELS`), listed so that they are translated.</extracomment>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinina</translation>
    </message>
    <message>
        <source>Creatinine unit</source>
        <translation>Unidad de creatinina</translation>
    </message>
    <message>
        <source>Measured CrCl</source>
        <translation>CrCl medido</translation>
    </message>
    <message>
        <source>Known eGFR</source>
        <translation>eGFR conocido</translation>
    </message>
    <message>
        <source>Dialysis</source>
        <translation>Diálisis</translation>
    </message>
    <message>
        <source>CrCl measured</source>
        <translation>CrCl medido</translation>
    </message>
    <message>
        <source>Kidney function unstable</source>
        <translation>Función renal inestable</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Allow halves of unscored tablets</source>
        <translation>Permitir medios comprimidos sin ranura</translation>
    </message>
    <message>
        <source>Doses per day</source>
        <translation>Dosis al día</translation>
    </message>
    <message>
        <source>Dose times</source>
        <translation>Horas de las dosis</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation>Dosis actual</translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation>Dosis objetivo</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Step interval</source>
        <translation>Días por paso</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Cambio por paso</translation>
    </message>
    <message>
        <source>Slow taper</source>
        <translation>Retirada lenta</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario propio</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Historial del plan</translation>
    </message>
    <message>
        <source>Saved steps</source>
        <translation>Pasos guardados</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Handout choices</source>
        <translation>Opciones de la hoja</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Versión del programa</translation>
    </message>
    <message>
        <source>Rule base version</source>
        <translation>Versión de las reglas</translation>
    </message>
    <message>
        <source>Age in years</source>
        <extracomment>What a field holds, in words, where the model&apos;s own description speaks of its internals (&quot;Serum creatinine, in scr_unit&quot;, &quot;None: from the rules&quot;): tool tip and screen reader text.</extracomment>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source>Body weight in kg</source>
        <translation>Peso corporal en kg</translation>
    </message>
    <message>
        <source>Height in cm</source>
        <translation>Altura en cm</translation>
    </message>
    <message>
        <source>Sex used by the kidney equations</source>
        <translation>Sexo que usan las ecuaciones renales</translation>
    </message>
    <message>
        <source>On dialysis or end-stage kidney disease</source>
        <translation>En diálisis o con enfermedad renal terminal</translation>
    </message>
    <message>
        <source>Serum creatinine, in the unit chosen beside it</source>
        <translation>Creatinina sérica, en la unidad elegida a su lado</translation>
    </message>
    <message>
        <source>Measured creatinine clearance, in mL/min; empty: not measured</source>
        <translation>Aclaramiento de creatinina medido, en mL/min; vacío: no medido</translation>
    </message>
    <message>
        <source>Known eGFR, in mL/min/1.73 m²; empty: not known</source>
        <translation>eGFR conocido, en mL/min/1,73 m²; vacío: no se conoce</translation>
    </message>
    <message>
        <source>The product to give; empty: from the rules</source>
        <translation>El producto que se da; vacío: según las reglas</translation>
    </message>
    <message>
        <source>How many doses a day; empty: from the rules</source>
        <translation>Cuántas dosis al día; vacío: según las reglas</translation>
    </message>
    <message>
        <source>First day of the plan. Left and Right move between day, month and year; Up and Down change them</source>
        <translation>Primer día del plan. Izquierda y Derecha pasan entre día, mes y año; Arriba y Abajo los cambian</translation>
    </message>
    <message>
        <source>The dose the patient takes now, in mg a day</source>
        <translation>La dosis que toma ahora el paciente, en mg al día</translation>
    </message>
    <message>
        <source>The dose to reach, in mg a day; empty: from the rules</source>
        <translation>La dosis que se quiere alcanzar, en mg al día; vacío: según las reglas</translation>
    </message>
    <message>
        <source>Days per step; empty: from the rules</source>
        <translation>Días por paso; vacío: según las reglas</translation>
    </message>
    <message>
        <source>Change of the daily dose per step, in mg a day; empty: from the rules</source>
        <translation>Cambio de la dosis diaria en cada paso, en mg al día; vacío: según las reglas</translation>
    </message>
    <message>
        <source>The slow taper, chosen by the clinician</source>
        <translation>La retirada lenta, elegida por el clínico</translation>
    </message>
    <message>
        <source>Next review; not set: from the rules</source>
        <translation>Próxima revisión; sin fijar: según las reglas</translation>
    </message>
    <message>
        <source>years</source>
        <extracomment>Units the number boxes show after the number, where the language writes them otherwise.</extracomment>
        <translation>años</translation>
    </message>
    <message>
        <source>mg/day</source>
        <translation>mg/día</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <extracomment>Model descriptions the window shows as tool tips (`tip`), listed so that they are translated.</extracomment>
        <translation>Se imprime en cada hoja para el paciente</translation>
    </message>
    <message>
        <source>Number patients should call</source>
        <translation>Número al que deben llamar los pacientes</translation>
    </message>
    <message>
        <source>Number to call out of hours</source>
        <translation>Número al que llamar fuera de horario</translation>
    </message>
    <message>
        <source>Printed on handouts</source>
        <translation>Se imprime en las hojas para el paciente</translation>
    </message>
    <message>
        <source>Printed on the summary</source>
        <translation>Se imprime en el resumen clínico</translation>
    </message>
    <message>
        <source>Printed in the emergency sections; empty: by country</source>
        <translation>Se imprime en los apartados de emergencia; vacío: según el país</translation>
    </message>
    <message>
        <source>Clock times for a new plan; None: from the rules</source>
        <translation>Horas de las dosis de un plan nuevo; vacío: según las reglas</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the system&apos;s scheme, or always light or dark</source>
        <translation>Los colores de la ventana: los del sistema, o siempre claros u oscuros</translation>
    </message>
    <message>
        <source>The window&apos;s language: the system&apos;s, or always English or Spanish</source>
        <translation>El idioma de la ventana: el del sistema, o siempre inglés o español</translation>
    </message>
    <message>
        <source>Allow halves of unscored tablets (clinician&apos;s choice)</source>
        <translation>Permitir medios comprimidos sin ranura (decisión clínica)</translation>
    </message>
    <message>
        <source>The CrCl is measured and reliable (24-hour urine); it decides the band</source>
        <translation>El CrCl es medido y fiable (orina de 24 horas); decide la banda renal</translation>
    </message>
    <message>
        <source>Creatinine not stable or acute kidney injury: estimates not valid</source>
        <translation>Creatinina no estable o lesión renal aguda: las estimaciones no son válidas</translation>
    </message>
</context>
<context>
    <name>FindingList</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>HandoutPanel</name>
    <message>
        <source>Handout</source>
        <extracomment>Each handout language named in itself.</extracomment>
        <translation>Hoja para el paciente</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Optional; printed on the handout only</source>
        <translation>Opcional; solo se imprime en la hoja para el paciente</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Patient na&amp;me:</source>
        <translation>N&amp;ombre del paciente:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Patient name for the handout</source>
        <translation>Nombre del paciente para la hoja</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <extracomment>Columns of the summary&apos;s history table shown on one line: pain and spasms. The note&apos;s column (left out while a visit has none).</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No visits recorded yet. After a follow-up visit, choose Edit → Record visit…: the current plan is kept here and a new plan starts on the visit date from the dose taken.</source>
        <translation>Todavía no hay visitas registradas. Tras una visita de control, elija Editar → Registrar visita…: el plan actual se guarda aquí y empieza un plan nuevo en la fecha de la visita con la dosis que toma.</translation>
    </message>
    <message>
        <source>Earlier plans</source>
        <translation>Planes anteriores</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Acknowledge the selected major interaction with a reason; the plan does not change.</source>
        <translation>Reconocer con un motivo la interacción mayor seleccionada; el plan no cambia.</translation>
    </message>
    <message>
        <source>Withdraw the acknowledgement of the selected interaction</source>
        <translation>Retirar el reconocimiento de la interacción seleccionada</translation>
    </message>
    <message>
        <source>No medications entered.</source>
        <translation>No se introdujeron medicamentos.</translation>
    </message>
    <message>
        <source>Check incomplete: not recognised: %1. Check these by hand.</source>
        <translation>Revisión incompleta: no se reconoce: %1. Revíselos a mano.</translation>
    </message>
    <message>
        <source>Check incomplete: the drug dictionary is not available.</source>
        <translation>Revisión incompleta: el diccionario de medicamentos no está disponible.</translation>
    </message>
    <message>
        <source>No interactions found with the medications entered.</source>
        <translation>No se encontraron interacciones con los medicamentos introducidos.</translation>
    </message>
    <message>
        <source>%1 interaction(s) found.</source>
        <translation>Interacciones encontradas: %1.</translation>
    </message>
    <message>
        <source>More severe because: %1</source>
        <translation>Más grave porque: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Reconocida: %1</translation>
    </message>
    <message>
        <source>the interaction changed — review it again</source>
        <translation>la interacción cambió: revísela de nuevo</translation>
    </message>
    <message>
        <source>it is no longer found as a major interaction</source>
        <translation>ya no se encuentra como interacción mayor</translation>
    </message>
    <message>
        <source>Your acknowledgement no longer applies: %1.</source>
        <translation>Su reconocimiento ya no se aplica: %1.</translation>
    </message>
    <message>
        <source>Your reason was: %1</source>
        <translation>Su motivo fue: %1</translation>
    </message>
</context>
<context>
    <name>KidneyView</name>
    <message>
        <source>Kidney function used by the plan</source>
        <translation>Función renal que usa el plan</translation>
    </message>
    <message>
        <source>CrCl:</source>
        <translation>CrCl:</translation>
    </message>
    <message>
        <source>eGFR:</source>
        <translation>eGFR:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Grado:</translation>
    </message>
    <message>
        <source>Weight used:</source>
        <translation>Peso usado:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se conoce</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>Cockcroft-Gault</source>
        <translation>Cockcroft-Gault</translation>
    </message>
    <message>
        <source>%1 mL/min (%2)</source>
        <translation>%1 mL/min (%2)</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>introducido</translation>
    </message>
    <message>
        <source>CKD-EPI 2021</source>
        <translation>CKD-EPI 2021</translation>
    </message>
    <message>
        <source>bedside Schwartz</source>
        <translation>Schwartz de cabecera</translation>
    </message>
    <message>
        <source>%1 mL/min/1.73 m² (%2)</source>
        <translation>%1 mL/min/1,73 m² (%2)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>mild impairment</source>
        <translation>insuficiencia leve</translation>
    </message>
    <message>
        <source>moderate impairment</source>
        <translation>insuficiencia moderada</translation>
    </message>
    <message>
        <source>severe impairment</source>
        <translation>insuficiencia grave</translation>
    </message>
    <message>
        <source>dialysis / end-stage</source>
        <translation>diálisis / enfermedad renal terminal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 (no dose reduction)</source>
        <translation>%1 (sin reducción de dosis)</translation>
    </message>
    <message>
        <source>%1 — doses and maximum scaled by %2</source>
        <translation>%1 — dosis y máximo multiplicados por %2</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <source>%1 body weight, %2 kg</source>
        <translation>peso %1, %2 kg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rules %1</source>
        <extracomment>How long a passing message (an export written, a text copied) stays in the status bar.</extracomment>
        <translation>Reglas %1</translation>
    </message>
    <message>
        <source>Not applied: the change needs a reason to override the alert it raises.</source>
        <translation>No aplicado: el cambio necesita un motivo para anular la alerta que genera.</translation>
    </message>
    <message>
        <source>%1[*] — Baclofen Desk</source>
        <translation>%1[*] — Baclofen Desk</translation>
    </message>
    <message>
        <source>How to Use Baclofen Desk</source>
        <translation>Cómo usar Baclofen Desk</translation>
    </message>
    <message>
        <source>About Baclofen Desk</source>
        <translation>Acerca de Baclofen Desk</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Type a medication</source>
        <extracomment>The doses the current-dose field accepts: an offer outside them is not shown.</extracomment>
        <translation>Escriba un medicamento</translation>
    </message>
    <message>
        <source>A medication as written, e.g. oxycodone 5 mg q6h</source>
        <translation>Un medicamento tal como está recetado, p. ej. oxicodona 5 mg c/6 h</translation>
    </message>
    <message>
        <source>Medication %1</source>
        <translation>Medicamento %1</translation>
    </message>
    <message>
        <source>Use %1 mg/day as the current dose</source>
        <translation>Usar %1 mg/día como dosis actual</translation>
    </message>
</context>
<context>
    <name>MedicationPanel</name>
    <message>
        <source>Current medications</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>Medication %1</source>
        <translation>Medicamento %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override critical alert</source>
        <translation>Anular alerta crítica</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la anulación</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Patient</source>
        <extracomment>How the two creatinine units are written for people. Decimals each number box shows (display precision only).</extracomment>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>no introducido</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>on dialysis or ESKD</source>
        <translation>en diálisis o con ERCT</translation>
    </message>
    <message>
        <source>On dialysis</source>
        <translation>En diálisis</translation>
    </message>
    <message>
        <source>measured (24-h urine)</source>
        <translation>medido (orina de 24 h)</translation>
    </message>
    <message>
        <source>CrCl measured and reliable</source>
        <translation>CrCl medido y fiable</translation>
    </message>
    <message>
        <source>creatinine not stable</source>
        <translation>creatinina no estable</translation>
    </message>
    <message>
        <source>Kidney function unstable</source>
        <translation>Función renal inestable</translation>
    </message>
    <message>
        <source>Tick every condition the patient has</source>
        <translation>Marque cada afección que tenga el paciente</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>E&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>He&amp;ight:</source>
        <translation>Altu&amp;ra:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>C&amp;reatinine:</source>
        <translation>&amp;Creatinina:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Measured CrC&amp;l:</source>
        <translation>CrCl &amp;medido:</translation>
    </message>
    <message>
        <source>&amp;Known eGFR:</source>
        <translation>e&amp;GFR conocido:</translation>
    </message>
    <message>
        <source>Dial&amp;ysis:</source>
        <translation>Diá&amp;lisis:</translation>
    </message>
    <message>
        <source>Unsta&amp;ble:</source>
        <translation>Inesta&amp;ble:</translation>
    </message>
    <message>
        <source>I&amp;ndication:</source>
        <translation>I&amp;ndicación:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>A&amp;fecciones:</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Serum creatinine</source>
        <translation>Creatinina sérica</translation>
    </message>
    <message>
        <source>Measured creatinine clearance</source>
        <translation>Aclaramiento de creatinina medido</translation>
    </message>
    <message>
        <source>Known eGFR</source>
        <translation>eGFR conocido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Creatinine unit</source>
        <translation>Unidad de creatinina</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>PDF preview</source>
        <extracomment>Width and height the preview asks for: a page readable at its full width.</extracomment>
        <translation>Vista previa del PDF</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Plan</source>
        <extracomment>A clock time written with a one-digit hour (&quot;8:00&quot;), which only lacks its leading zero. Lines &quot;Planned:&quot; shows (product, doses a day, target, maximum). Request fields kept unchanged through the form (core/models.py PlanRequest, policy P2a, P10).</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Titrate (step up)</source>
        <translation>Titulación (subir la dosis)</translation>
    </message>
    <message>
        <source>Reduce (lower to a dose and keep it)</source>
        <translation>Reducir (bajar a una dosis y mantenerla)</translation>
    </message>
    <message>
        <source>Taper (step down and stop)</source>
        <translation>Retirada gradual (bajar y suspender)</translation>
    </message>
    <message>
        <source>From the rules</source>
        <translation>Según las reglas</translation>
    </message>
    <message>
        <source>Allow halves of unscored tablets</source>
        <translation>Permitir medios comprimidos sin ranura</translation>
    </message>
    <message>
        <source>from the rules</source>
        <translation>según las reglas</translation>
    </message>
    <message>
        <source>Clock times of the doses as HH:MM, separated by commas</source>
        <translation>Horas de las dosis como HH:MM, separadas por comas</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>no introducido</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Prod&amp;ucto:</translation>
    </message>
    <message>
        <source>D&amp;oses per day:</source>
        <translation>Do&amp;sis al día:</translation>
    </message>
    <message>
        <source>&amp;Dose times:</source>
        <translation>&amp;Horas de las dosis:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de comien&amp;zo:</translation>
    </message>
    <message>
        <source>C&amp;urrent dose:</source>
        <translation>Dosis ac&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;Target dose:</source>
        <translation>Dosis ob&amp;jetivo:</translation>
    </message>
    <message>
        <source>Step interval:</source>
        <translation>Intervalo del paso:</translation>
    </message>
    <message>
        <source>Step size:</source>
        <translation>Tamaño del paso:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Pauta:</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>En el plan:</translation>
    </message>
    <message>
        <source>Titrate</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Taper</source>
        <translation>Retirada gradual</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Doses per day</source>
        <translation>Dosis al día</translation>
    </message>
    <message>
        <source>Dose times</source>
        <translation>Horas de las dosis</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Current daily dose</source>
        <translation>Dosis diaria actual</translation>
    </message>
    <message>
        <source>Target daily dose</source>
        <translation>Dosis diaria objetivo</translation>
    </message>
    <message>
        <source>Planned values</source>
        <translation>Valores del plan</translation>
    </message>
    <message>
        <source>The lower daily dose to keep: a reduction has no default</source>
        <translation>La dosis diaria menor que se mantiene: una reducción no tiene valor por defecto</translation>
    </message>
    <message>
        <source>A taper always ends at 0 mg/day</source>
        <translation>Una retirada siempre termina en 0 mg/día</translation>
    </message>
    <message>
        <source>The dose to reach; empty: the rules&apos; %1 mg/day for this patient now</source>
        <translation>La dosis que se alcanza; vacío: los %1 mg/día de las reglas para este paciente</translation>
    </message>
    <message>
        <source>%1 doses a day</source>
        <translation>%1 dosis al día</translation>
    </message>
    <message>
        <source>target %1 mg/day</source>
        <translation>objetivo %1 mg/día</translation>
    </message>
    <message>
        <source>maximum %1 mg/day</source>
        <translation>máximo %1 mg/día</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>from the computer&apos;s country</source>
        <translation>según el país del equipo</translation>
    </message>
    <message>
        <source>From the computer&apos;s country</source>
        <translation>Según el país del equipo</translation>
    </message>
    <message>
        <source>From the rules</source>
        <translation>Según las reglas</translation>
    </message>
    <message>
        <source>from the rules</source>
        <translation>según las reglas</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A new window language applies the next time Baclofen Desk starts.</source>
        <translation>El nuevo idioma de la ventana se aplica la próxima vez que se abra Baclofen Desk.</translation>
    </message>
    <message>
        <source>&amp;Large print handouts</source>
        <translation>Hojas en letra &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Keep a list of recently opened plans</source>
        <translation>&amp;Mantener una lista de los planes abiertos recientemente</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Clinic &amp;phone:</source>
        <translation>&amp;Teléfono de la clínica:</translation>
    </message>
    <message>
        <source>O&amp;ut-of-hours phone:</source>
        <translation>Teléfono &amp;fuera de horario:</translation>
    </message>
    <message>
        <source>Clinic a&amp;ddress:</source>
        <translation>&amp;Dirección de la clínica:</translation>
    </message>
    <message>
        <source>P&amp;rescriber:</source>
        <translation>&amp;Recetado por:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Re&amp;fills:</source>
        <translation>&amp;Resurtidos:</translation>
    </message>
    <message>
        <source>Handout l&amp;anguage:</source>
        <translation>&amp;Idioma de la hoja:</translation>
    </message>
    <message>
        <source>Default p&amp;roduct:</source>
        <translation>Pr&amp;oducto predeterminado:</translation>
    </message>
    <message>
        <source>Default dose &amp;times:</source>
        <translation>&amp;Horas de dosis predeterminadas:</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Esquema de &amp;colores:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>set by your organisation</source>
        <translation>fijado por su organización</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>P&amp;revious Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why is this acceptable for this patient?</source>
        <translation>¿Por qué es aceptable para este paciente?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The reason is printed on the clinician summary.</source>
        <translation>El motivo se imprime en el resumen clínico.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Step %1: %2</source>
        <extracomment>Pixels above and below the text of a schedule row. First height of the chart, and of the schedule section (its table&apos;s header and five rows, the edit buttons and notes included); the alerts and the interactions get the rest, so that a typical plan&apos;s need no scrolling at 1280x800. The schedule rows that stay in sight however small the window or long the notes: the buttons and the notes under the table take their room from the findings, not these rows. The alerts and interactions never shrink below this (a few lines and their buttons).</extracomment>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Dose schedule</source>
        <translation>Horario de dosis</translation>
    </message>
    <message>
        <source>Schedule notes</source>
        <translation>Notas del horario</translation>
    </message>
    <message>
        <source>Step %1 not changed: %2</source>
        <translation>El paso %1 no se cambió: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>Insert step after</source>
        <translation>Insertar paso después</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Hold step more days…</source>
        <translation>Mantener el paso más días…</translation>
    </message>
    <message>
        <source>Reset to the rules&apos; schedule</source>
        <translation>Volver a la pauta de las reglas</translation>
    </message>
    <message>
        <source>Insert a copy of the selected step after it</source>
        <translation>Insertar una copia del paso seleccionado después de él</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el paso seleccionado</translation>
    </message>
    <message>
        <source>Hold the selected step for some more days</source>
        <translation>Mantener el paso seleccionado algunos días más</translation>
    </message>
    <message>
        <source>Undo every edit of the steps: the rules&apos; schedule again</source>
        <translation>Deshacer todos los cambios de los pasos: de nuevo la pauta de las reglas</translation>
    </message>
    <message>
        <source>Schedule edit message</source>
        <translation>Mensaje de edición de la pauta</translation>
    </message>
</context>
<context>
    <name>ScheduleEditing</name>
    <message>
        <source>there is no plan to edit</source>
        <extracomment>Alert: critical, raised by the edit, not overridden; one after another while the edit stands (a slot that takes the edit back ends the questions). What is about to change, in words (&quot;Change step 2 dose&quot;), just before the Plan panel takes the new schedule (for the undo command&apos;s text).</extracomment>
        <translation>no hay ningún plan que editar</translation>
    </message>
    <message>
        <source>Change step %1 dose</source>
        <translation>Cambiar la dosis del paso %1</translation>
    </message>
    <message>
        <source>Change step %1 days</source>
        <translation>Cambiar los días del paso %1</translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>esta celda no se puede editar</translation>
    </message>
    <message>
        <source>Hold step %1</source>
        <translation>Mantener el paso %1</translation>
    </message>
    <message>
        <source>Insert step after step %1</source>
        <translation>Insertar un paso después del paso %1</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
    <message>
        <source>Reset to the rules&apos; schedule</source>
        <translation>Volver a la pauta de las reglas</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>From</source>
        <extracomment>Shown after a value the clinician set (with &quot;edited&quot; in its tool tip and description).</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>mg/day</source>
        <translation>mg/día</translation>
    </message>
    <message>
        <source>Doses (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Administrar</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>Edited: set by you, not by the rules</source>
        <translation>Editado: lo fijó usted, no las reglas</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>continúa</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
</context>
<context>
    <name>ShapingControls</name>
    <message>
        <source>from the rules</source>
        <extracomment>The choices the clinician&apos;s own schedule replaces (core/shaping_checks.py).</extracomment>
        <translation>según las reglas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Slow taper</source>
        <translation>Retirada lenta</translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation>Revisión el:</translation>
    </message>
    <message>
        <source>Step interval</source>
        <translation>Intervalo del paso</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Tamaño del paso</translation>
    </message>
    <message>
        <source>Set the review date</source>
        <translation>Fijar la fecha de revisión</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>from the visit: %1</source>
        <translation>de la cita: %1</translation>
    </message>
    <message>
        <source>your own: %1</source>
        <translation>la suya: %1</translation>
    </message>
    <message>
        <source>Your own schedule replaces this; reset it to the rules&apos; to choose.</source>
        <translation>Su propia pauta sustituye esto; vuelva a la pauta de las reglas para elegirlo.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>≥ %1 days</source>
        <translation>≥ %1 días</translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation>reglas: %1</translation>
    </message>
    <message>
        <source>Days per step; empty: the rules&apos; %1 for this patient now</source>
        <translation>Días por paso; vacío: los %1 de las reglas para este paciente</translation>
    </message>
    <message>
        <source>Change of the daily dose per step; empty: the rules&apos; %1</source>
        <translation>Cambio de la dosis diaria en cada paso; vacío: los %1 de las reglas</translation>
    </message>
    <message>
        <source>The rules already make this taper slow: this patient needs it</source>
        <translation>Las reglas ya hacen lenta esta retirada: este paciente lo necesita</translation>
    </message>
    <message>
        <source>The slow taper: longer in all. The rules would not make it slow</source>
        <translation>La retirada lenta: más larga en total. Las reglas no la harían lenta</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Next review; unset: the rules&apos; date, %1</source>
        <translation>Próxima revisión; sin fijar: la fecha de las reglas, %1</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>This plan was saved under rules %1; the current rules are %2. The schedule was recomputed — check the doses against any handout already given.</source>
        <translation>Este plan se guardó con las reglas %1; las reglas actuales son %2. El horario se volvió a calcular: compare las dosis con cualquier hoja ya entregada.</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>No plan yet: complete the marked fields.</source>
        <translation>Todavía no hay plan: complete los campos marcados.</translation>
    </message>
    <message>
        <source>Not up to date: fix the marked fields. The last valid plan is shown greyed.</source>
        <translation>No está actualizado: corrija los campos marcados. El último plan válido se muestra en gris.</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Todavía no hay plan.</translation>
    </message>
    <message>
        <source>No plan could be made: see the alerts.</source>
        <translation>No se pudo hacer un plan: vea las alertas.</translation>
    </message>
    <message>
        <source>Blocked: a critical alert must be overridden with a reason before a handout can be printed.</source>
        <translation>Bloqueado: hay que anular una alerta crítica con un motivo antes de poder imprimir la hoja para el paciente.</translation>
    </message>
    <message>
        <source>Blocked: %1 critical alerts must be overridden with a reason before a handout can be printed.</source>
        <translation>Bloqueado: hay que anular %1 alertas críticas con un motivo antes de poder imprimir la hoja para el paciente.</translation>
    </message>
    <message>
        <source>Also to review: %1.</source>
        <translation>También por revisar: %1.</translation>
    </message>
    <message>
        <source>Plan made, but kidney function not entered</source>
        <translation>Plan hecho, pero sin función renal</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan listo.</translation>
    </message>
    <message>
        <source>Plan ready — %1.</source>
        <translation>Plan listo — %1.</translation>
    </message>
    <message>
        <source>1 major interaction</source>
        <translation>1 interacción mayor</translation>
    </message>
    <message>
        <source>%1 major interactions</source>
        <translation>%1 interacciones mayores</translation>
    </message>
    <message>
        <source>1 major interaction (acknowledged)</source>
        <translation>1 interacción mayor (reconocida)</translation>
    </message>
    <message>
        <source>%1 major interactions (%2 acknowledged)</source>
        <translation>%1 interacciones mayores (reconocidas: %2)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>1 warning (acknowledged)</source>
        <translation>1 advertencia (reconocida)</translation>
    </message>
    <message>
        <source>%1 warnings (%2 acknowledged)</source>
        <translation>%1 advertencias (reconocidas: %2)</translation>
    </message>
    <message>
        <source>1 critical alert overridden</source>
        <translation>1 alerta crítica anulada</translation>
    </message>
    <message>
        <source>%1 critical alerts overridden</source>
        <translation>%1 alertas críticas anuladas</translation>
    </message>
    <message>
        <source>1 override that no longer applies</source>
        <translation>1 anulación que ya no se aplica</translation>
    </message>
    <message>
        <source>%1 overrides that no longer apply</source>
        <translation>%1 anulaciones que ya no se aplican</translation>
    </message>
    <message>
        <source>1 acknowledgement that no longer applies</source>
        <translation>1 reconocimiento que ya no se aplica</translation>
    </message>
    <message>
        <source>%1 acknowledgements that no longer apply</source>
        <translation>%1 reconocimientos que ya no se aplican</translation>
    </message>
    <message>
        <source>interaction check incomplete</source>
        <translation>revisión de interacciones incompleta</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Dose timeline chart</source>
        <translation>Gráfico de la dosis en el tiempo</translation>
    </message>
    <message>
        <source>No plan to show.</source>
        <translation>No hay plan que mostrar.</translation>
    </message>
    <message>
        <source>Daily dose from %1 to %2 mg/day between %3 and %4.</source>
        <translation>Dosis diaria de %1 a %2 mg/día entre el %3 y el %4.</translation>
    </message>
    <message>
        <source>Set by you (hatched): %1 of %2 steps.</source>
        <translation>Fijados por usted (rayados): %1 de %2 pasos.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Revisión el %1.</translation>
    </message>
    <message>
        <source>Not up to date.</source>
        <translation>No está actualizado.</translation>
    </message>
    <message>
        <source>%1: %2 mg/day</source>
        <translation>%1: %2 mg/día</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Todavía no hay plan</translation>
    </message>
    <message>
        <source>Not up to date: fix the marked fields</source>
        <translation>No está actualizado: corrija los campos marcados</translation>
    </message>
    <message>
        <source>mg/day</source>
        <translation>mg/día</translation>
    </message>
    <message>
        <source>maximum %1 mg/day</source>
        <translation>máximo %1 mg/día</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>fijado por usted</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart of the visits</source>
        <extracomment>The scores&apos; scale: the highest pain score (spasm scores share it, as on the summary).</extracomment>
        <translation>Gráfico de evolución de las visitas</translation>
    </message>
    <message>
        <source>%1: %2 at the visits from %3 to %4.</source>
        <translation>%1: %2 en las visitas del %3 al %4.</translation>
    </message>
</context>
<context>
    <name>ValidationTexts</name>
    <message>
        <source>Required</source>
        <extracomment>English message (a pattern; its groups are %1, %2...) -&gt; the text to translate.</extracomment>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>Debe ser al menos %1</translation>
    </message>
    <message>
        <source>Must be more than %1</source>
        <translation>Debe ser mayor que %1</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>Debe ser como mucho %1</translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation>Debe ser menor que %1</translation>
    </message>
    <message>
        <source>a taper needs the current daily dose</source>
        <translation>una retirada gradual necesita la dosis diaria actual</translation>
    </message>
    <message>
        <source>a taper always ends at 0 mg/day; a target is for titration only</source>
        <translation>una retirada gradual siempre termina en 0 mg/día; el objetivo es solo para la titulación</translation>
    </message>
    <message>
        <source>the target must be above the current dose for a titration; use a taper to lower the dose</source>
        <translation>en una titulación el objetivo debe ser mayor que la dosis actual; para bajar la dosis use una retirada gradual</translation>
    </message>
    <message>
        <source>give one time for each dose: %1 doses a day need %1 times</source>
        <translation>indique una hora para cada dosis: %1 dosis al día necesitan %1 horas</translation>
    </message>
    <message>
        <source>dose times must differ from each other</source>
        <translation>las horas de las dosis deben ser distintas entre sí</translation>
    </message>
    <message>
        <source>dose times must be in order through the day</source>
        <translation>las horas de las dosis deben ir en orden a lo largo del día</translation>
    </message>
    <message>
        <source>serum creatinine %1 %2 is above the plausible limit of %3 %2; check the value and its unit</source>
        <translation>la creatinina sérica de %1 %2 está por encima del límite plausible de %3 %2; revise el valor y su unidad</translation>
    </message>
    <message>
        <source>serum creatinine %1 %2 is below the plausible limit of %3 %2; check the value and its unit</source>
        <translation>la creatinina sérica de %1 %2 está por debajo del límite plausible de %3 %2; revise el valor y su unidad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a clock time as HH:MM (24-hour)</source>
        <translation>«%1» no es una hora como HH:MM (24 horas)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record visit</source>
        <extracomment>The visit&apos;s fields in the order of the form; a refusal about the visit as a whole (the history, the new plan&apos;s start) is shown at the date. The unit the dose taken is typed in (as the plan&apos;s current dose).</extracomment>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>no introducido</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>elija…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Record visit</source>
        <translation>Re&amp;gistrar la visita</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>The current plan moves to the history unchanged; a new plan starts on the visit date from the dose taken.</source>
        <translation>El plan actual pasa al historial sin cambios; un plan nuevo empieza en la fecha de la visita con la dosis que toma.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Dose &amp;taken:</source>
        <translation>Dosis &amp;tomada:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Pain:</source>
        <translation>&amp;Dolor:</translation>
    </message>
    <message>
        <source>&amp;Spasms:</source>
        <translation>&amp;Espasmos:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Daily dose taken</source>
        <translation>Dosis diaria tomada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Puntuación del dolor</translation>
    </message>
    <message>
        <source>Spasm score</source>
        <translation>Puntuación de los espasmos</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Nota de la visita</translation>
    </message>
    <message>
        <source>The daily dose the patient actually takes, in mg/day</source>
        <translation>La dosis diaria que el paciente toma de verdad, en mg/día</translation>
    </message>
    <message>
        <source>How the plan went</source>
        <translation>Cómo fue el plan</translation>
    </message>
    <message>
        <source>Pain from %1 to %2; leave empty when not recorded</source>
        <translation>Dolor de %1 a %2; déjelo vacío si no se registró</translation>
    </message>
    <message>
        <source>Spasm frequency from %1 to %2; leave empty when not recorded</source>
        <translation>Frecuencia de espasmos de %1 a %2; déjelo vacío si no se registró</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Give up waiting for the window to appear after this long (milliseconds).</extracomment>
        <translation>Error inesperado</translation>
    </message>
</context>
</TS>
