/** Known defects of the resolve stage met by the suite (reported to it). */
export const PIPELINE_GAPS: Record<string, string> = {
  'says who held a post, with first and last dates seen':
    'resolve splits "Trưởng Ban Chỉ đạo 35 thành phố" into role "Trưởng Ban Chỉ đạo" OF a body "35 thành phố Hải Phòng", so the head post is not a post of Ban Chỉ đạo 35 Thành ủy Hải Phòng',
  'answers "as of" a date': 'same resolve defect (head post filed under the body "35 thành phố Hải Phòng")',
};
