/**
 * Plain data that the PDF layer hands to the table layer. Everything is in
 * "reader space": points, origin at the top-left of the page as displayed
 * (after /Rotate), y growing downwards. Nothing here refers to pdfjs.
 */
import type { PageLimitNote } from './limits.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One run of text as pdfjs reports it (usually a word or a span of one font). */
export interface TextRun extends Box {
  text: string;
  fontName: string;
  /** Font size in points, as displayed (the text matrix scale). */
  fontSize: number;
  bold: boolean;
  italic: boolean;
  /** 0 for horizontal text; 90/180/270 for text rotated on the page (reader space). */
  direction: 0 | 90 | 180 | 270;
  /** OCR word confidence (0..100); absent for text from a text layer. */
  confidence?: number;
}

/** A horizontal or vertical line segment of the page (a rule of a table). */
export interface Ruling {
  orientation: 'h' | 'v';
  /** For 'h': y of the line; for 'v': x of the line. */
  pos: number;
  /** Extent along the line: x0..x1 for 'h', y0..y1 for 'v'. */
  start: number;
  end: number;
  /** Stroke width or rectangle thickness, in points. */
  width: number;
}

/** A filled rectangle that is not a ruling (cell shading), kept for table detection. */
export interface FilledRect extends Box {
  color: string;
}

export interface PageData {
  /** 1-based page number. */
  pageNumber: number;
  /** Size in reader space (already swapped for /Rotate 90 and 270). */
  width: number;
  height: number;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotation: number;
  textRuns: TextRun[];
  rulings: Ruling[];
  /** Number of images painted on the page (a page with images and no text is a scan). */
  imageCount: number;
  /** Limits this page reached (see limits.ts): what of it was set aside. Absent when none. */
  limits?: PageLimitNote[];
  /** Present when the page's text was read by OCR from its bitmap. */
  ocr?: PageOcrInfo;
  /** A page without a text layer that is a picture (photo, drawing): OCR in auto mode left it unread. */
  picture?: boolean;
}

export interface PageOcrInfo {
  engine: string;
  dpi: number;
  /** Skew found and corrected, in degrees. */
  skewDegrees: number;
  /** Mean word confidence (0..100), null when no word was read. */
  meanConfidence: number | null;
  /** True when the result came from the OCR cache. */
  cached: boolean;
}

export interface DocumentInfo {
  path: string;
  pages: number;
  producer: string | null;
  creator: string | null;
  title: string | null;
  /** Content hash (sha256 hex) of the file, for batch de-duplication and resume. */
  sha256: string;
}
