package vn.dvcportal.statistics.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.KeyFigures;
import vn.dvcportal.statistics.control.StatisticsNames;

/**
 * Checks that a row adds up and gives it its names. A row that does not add up stops the step,
 * with the agency, the procedure and the numbers in the exit status and the log; a row without
 * any dossier is left out.
 */
@Named("dossierStatisticsProcessor")
@Dependent
public class DossierStatisticsProcessor implements ItemProcessor {

    private static final Logger LOG = Logger.getLogger(
            DossierStatisticsProcessor.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private StatisticsNames names;

    @Override
    public Object processItem(Object item) {
        KeyFigures row = (KeyFigures) item;
        Figures f = row.figures();
        if (!f.reconciles()) {
            String message = "Số liệu không cân đối tại cơ quan " + row.key().agencyUnitId()
                    + ", thủ tục " + row.key().procedureCode() + ": " + f.balance();
            LOG.log(Level.SEVERE, "Dossier statistics: {0}", message);
            step.setExitStatus("UNBALANCED " + message);
            job.setExitStatus("UNBALANCED " + message);
            throw new UnbalancedRow(message);
        }
        if (f.handled() == 0) {
            return null;
        }
        if (names == null) {
            names = new StatisticsNames(em);
        }
        StatisticsNames.AgencyName agency = names.agency(row.key().agencyUnitId());
        StatisticsNames.ProcedureName procedure = names.procedure(row.key().procedureCode());
        return new StatisticsRow(row.key(), agency.code(), agency.name(), procedure.fieldId(),
                procedure.fieldName(), procedure.name(), f);
    }
}
