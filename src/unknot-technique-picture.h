/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-technique.h"

G_BEGIN_DECLS

/* What the picture shows: where to lie before the roll, or the roll
 * itself (the end pose faded behind the start pose, and the path). */
typedef enum
{
  UNKNOT_PICTURE_POSE_START,
  UNKNOT_PICTURE_POSE_ROLLING,
} UnknotPicturePose;

#define UNKNOT_TYPE_PICTURE_POSE (unknot_picture_pose_get_type ())
GType unknot_picture_pose_get_type (void) G_GNUC_CONST;

#define UNKNOT_TYPE_TECHNIQUE_PICTURE (unknot_technique_picture_get_type ())

G_DECLARE_FINAL_TYPE (UnknotTechniquePicture, unknot_technique_picture,
                      UNKNOT, TECHNIQUE_PICTURE, GtkWidget)

GtkWidget         *unknot_technique_picture_new               (void);
GtkWidget         *unknot_technique_picture_new_thumbnail     (UnknotTechnique        *technique);
UnknotTechnique   *unknot_technique_picture_get_technique     (UnknotTechniquePicture *self);
void               unknot_technique_picture_set_technique     (UnknotTechniquePicture *self,
                                                               UnknotTechnique        *technique);
UnknotPicturePose  unknot_technique_picture_get_pose          (UnknotTechniquePicture *self);
void               unknot_technique_picture_set_pose          (UnknotTechniquePicture *self,
                                                               UnknotPicturePose       pose);
gboolean           unknot_technique_picture_get_mirrored      (UnknotTechniquePicture *self);
void               unknot_technique_picture_set_mirrored      (UnknotTechniquePicture *self,
                                                               gboolean                mirrored);
int                unknot_technique_picture_get_natural_width (UnknotTechniquePicture *self);
void               unknot_technique_picture_set_natural_width (UnknotTechniquePicture *self,
                                                               int                     width);
gboolean           unknot_technique_picture_has_picture       (UnknotTechniquePicture *self);
const char        *unknot_technique_picture_get_description   (UnknotTechniquePicture *self);
GdkTexture        *unknot_technique_picture_get_texture       (UnknotTechniquePicture *self);

gboolean           unknot_technique_has_picture               (const char             *technique_id);
void               unknot_technique_picture_drop_cache        (void);

G_END_DECLS
