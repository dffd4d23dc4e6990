package vn.dvcportal.web.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dvcportal.dossier.control.DossierFileView;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.files.control.FileKind;
import vn.dvcportal.files.control.FileSizes;
import vn.dvcportal.web.account.AddressDirectory;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * What the dossier pages of citizens and officials show alike: e-form values in words, the
 * status of a step, the files of one kind.
 */
@Named
@ApplicationScoped
public class DossierTexts {

    /** One e-form value as shown: its label, the value in words, the section it opens. */
    public record FormRow(String label, String value, String section) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    AddressDirectory addresses;

    @Inject
    LanguagePreference languagePreference;

    /** The e-form's values in the order of the form, units and choices by their names. */
    public List<FormRow> formRows(FormSchema form, Map<String, String> values) {
        if (form == null || values == null) {
            return List.of();
        }
        boolean english = languagePreference.isEnglish();
        String yes = Texts.text(languagePreference.getLocale(), "common.yes");
        String no = Texts.text(languagePreference.getLocale(), "common.no");
        List<FormRow> rows = new ArrayList<>();
        String previousSection = null;
        for (FormField field : form.fields()) {
            FormEntry entry = new FormEntry(field, values.get(field.key()));
            String value = switch (field.type()) {
                case PROVINCE -> entry.getValue() == null ? ""
                        : addresses.provinceName(entry.getValue());
                case COMMUNE -> entry.getValue() == null ? ""
                        : addresses.communeName(values.get(field.dependsOn()), entry.getValue());
                default -> entry.display(english, yes, no);
            };
            String section = field.section() != null && !field.section().equals(previousSection)
                    ? field.section() : null;
            previousSection = field.section();
            if (field.type() == FieldType.CHECKBOX || !value.isEmpty() || section != null) {
                rows.add(new FormRow(field.label(english), value, section));
            }
        }
        return rows;
    }

    /** What files an upload takes: "PDF, JPEG, PNG, DOCX, XLSX; tối đa 20 MB mỗi tệp." */
    public static String acceptedText(Locale locale, long maxBytes) {
        String kinds = Arrays.stream(FileKind.values()).map(FileKind::label)
                .collect(Collectors.joining(", "));
        return Texts.format(locale, "apply.accepted", kinds, FileSizes.text(maxBytes));
    }

    /** The bundle key of a step's national status, or of the step itself for a draft. */
    public String statusKey(DossierStep step) {
        return step.national().map(NationalStatus::labelKey).orElse(step.labelKey());
    }

    /** The bundle key of why a file belongs to the dossier: {@code dossier.fileKind.RESULT}. */
    public String kindKey(DossierFileView file) {
        return "dossier.fileKind." + file.kind().name();
    }

    /** The files of one kind, in the order given. */
    public List<DossierFileView> filesOf(List<DossierFileView> files, String kind) {
        DossierFileKind wanted = DossierFileKind.valueOf(kind);
        return files.stream().filter(f -> f.kind() == wanted).toList();
    }

    /** The files handed in for one document, whether with the application or later. */
    public List<DossierFileView> filesOfPart(List<DossierFileView> files, int part) {
        return files.stream().filter(f -> f.part() == part
                && (f.kind() == DossierFileKind.APPLICANT
                        || f.kind() == DossierFileKind.SUPPLEMENT)).toList();
    }

    /** Files handed in that answer no listed document. */
    public List<DossierFileView> otherFiles(List<DossierFileView> files) {
        return filesOfPart(files, -1);
    }
}
