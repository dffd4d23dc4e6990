package vn.dvcportal.report.control;

import java.io.Serializable;

/** A produced document: file name, media type and content. */
public record ExportFile(String fileName, String mediaType, byte[] content)
        implements Serializable {
}
