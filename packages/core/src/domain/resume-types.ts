/** What Coach extracted from a resume. The text is data, never instructions. */
export interface ResumeProfile {
  text: string;
  /** How the text was obtained. */
  source: 'pdf-text' | 'pdf-ocr' | 'docx' | 'image-vision' | 'image-ocr' | 'text';
  pageCount: number | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  skills: string[];
  yearsOfExperience: number | null;
}

/** The role Coach believes the resume fits. */
export interface DetectedRole {
  /** A human label, e.g. `Backend Engineer`. */
  title: string;
  /** A role family of the taxonomy, e.g. `backend`, `frontend`, `data`, `ml`, `mobile`, `devops`, `management`, `general`. */
  family: string;
  seniority: 'junior' | 'mid' | 'senior' | 'lead';
  /** Skills from the resume that support the detection. */
  matchedSkills: string[];
}
